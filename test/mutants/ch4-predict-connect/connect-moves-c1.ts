// Mutant of ch4-predict-connect: a wrong solution a learner writes.
// Breaks the claim: connect adds a network and c1 keeps the default bridge (predicted: c1 moved).
// A wrong prediction of chapter 4, exercise 4.

export const c1PingsC2ByName: boolean | undefined = true;

export const c3PingsC2: boolean | undefined = false;

export const c1StillPingsC3: boolean | undefined = false;
