// Mutant of ch1-predict-ports: a wrong solution a learner writes.
// Breaks the claim: the engine refuses a second -p on the same host port (predicted: both start).
// A wrong prediction of chapter 1, exercise 4.

export const bothHostServersServe: boolean | undefined = false;

export const bothBridgeServersServe: boolean | undefined = true;

export const bothPublishedContainersStart: boolean | undefined = true;
