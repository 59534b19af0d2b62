export declare const SHARED_MODULES: unique symbol;
