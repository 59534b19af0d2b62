// Mutant of ch4-predict-connect: a wrong solution a learner writes.
// Breaks the claim: a connected container is a member of mynet and its DNS answers c2 (predicted: no name).
// A wrong prediction of chapter 4, exercise 4.

export const c1PingsC2ByName: boolean | undefined = false;

export const c3PingsC2: boolean | undefined = false;

export const c1StillPingsC3: boolean | undefined = true;
