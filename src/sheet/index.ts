/** The shipment sheet as a table of cell values, shared by the task pane and the CLI. Pure. */
export * from "./cell-address";
export * from "./cell-values";
export * from "./columns";
export * from "./flags";
export * from "./header-mapping";
export * from "./number-conventions";
export * from "./output-sheets";
export * from "./report";
export * from "./row-check";
export * from "./row-kinds";
export * from "./settings";
export * from "./shipment-check";
export * from "./audit";
export * from "./cost-sharing";
export * from "./pro-forma";
export * from "./vat-fill";
export * from "./vat-deferral";
