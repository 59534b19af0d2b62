// Mutant of ch4-predict-connect: a wrong solution a learner writes.
// Breaks the claim: connect joins one container, not its whole network (predicted: c3 reaches c2 too).
// A wrong prediction of chapter 4, exercise 4.

export const c1PingsC2ByName: boolean | undefined = true;

export const c3PingsC2: boolean | undefined = true;

export const c1StillPingsC3: boolean | undefined = true;
