// Mutant of ch3-predict-link: a wrong solution a learner writes.
// Breaks the claim: the link writes c1 into c2's /etc/hosts (predicted: no name on the default bridge at all).
// A wrong prediction of chapter 3, exercise 4.

export const c2PingsC1ByName: boolean | undefined = false;

export const c1PingsC2ByName: boolean | undefined = false;
