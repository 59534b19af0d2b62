// Mutant of ch2-predict-veth: a wrong solution a learner writes.
// Breaks the claim: the host end of the pair is plugged into the bridge (predicted: it is not).
// A wrong prediction of chapter 2, exercise 4.

export const vethOnDocker0: boolean | undefined = false;

export const vethPerContainer: boolean | undefined = true;

export const vethSurvivesStop: boolean | undefined = false;
