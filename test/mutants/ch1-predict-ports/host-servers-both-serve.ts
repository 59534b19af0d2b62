// Mutant of ch1-predict-ports: a wrong solution a learner writes.
// Breaks the claim: in host mode two servers on one port conflict (predicted: both serve).
// A wrong prediction of chapter 1, exercise 4.

export const bothHostServersServe: boolean | undefined = true;

export const bothBridgeServersServe: boolean | undefined = true;

export const bothPublishedContainersStart: boolean | undefined = false;
