// Mutant of ch2-predict-veth: a wrong solution a learner writes.
// Breaks the claim: each container has a veth pair of its own (predicted: they share one).
// A wrong prediction of chapter 2, exercise 4.

export const vethOnDocker0: boolean | undefined = true;

export const vethPerContainer: boolean | undefined = false;

export const vethSurvivesStop: boolean | undefined = false;
