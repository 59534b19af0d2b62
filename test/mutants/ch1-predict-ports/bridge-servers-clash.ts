// Mutant of ch1-predict-ports: a wrong solution a learner writes.
// Breaks the claim: bridge containers each have their own port 80 (predicted: they clash).
// A wrong prediction of chapter 1, exercise 4.

export const bothHostServersServe: boolean | undefined = false;

export const bothBridgeServersServe: boolean | undefined = false;

export const bothPublishedContainersStart: boolean | undefined = false;
