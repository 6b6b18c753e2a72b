export * from "./store";
export * from "./versions";
export * from "./customResources";
