export * from "./store";
export * from "./versions";
