export declare function holdAtGate(): () => void;
export declare function heldAtGate(): boolean;
export declare function passWarmGate(): Promise<void>;
