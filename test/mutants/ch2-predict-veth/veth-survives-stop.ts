// Mutant of ch2-predict-veth: a wrong solution a learner writes.
// Breaks the claim: the pair goes with the container's namespace when it stops (predicted: it stays).
// A wrong prediction of chapter 2, exercise 4.

export const vethOnDocker0: boolean | undefined = true;

export const vethPerContainer: boolean | undefined = true;

export const vethSurvivesStop: boolean | undefined = true;
