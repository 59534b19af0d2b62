// Mutant of ch3-predict-link: a wrong solution a learner writes.
// Breaks the claim: the name goes to the container started with --link (predicted the other way round).
// A wrong prediction of chapter 3, exercise 4.

export const c2PingsC1ByName: boolean | undefined = false;

export const c1PingsC2ByName: boolean | undefined = true;
