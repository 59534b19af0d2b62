// Mutant of ch3-predict-link: a wrong solution a learner writes.
// Breaks the claim: the link works one way only (predicted: c1 finds c2 too).
// A wrong prediction of chapter 3, exercise 4.

export const c2PingsC1ByName: boolean | undefined = true;

export const c1PingsC2ByName: boolean | undefined = true;
