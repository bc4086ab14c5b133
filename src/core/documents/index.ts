/** The progress report (issue 4): one model, rendered by DocumentApp and by docx. */
export * from './model';
export * from './progress/build';
export * from './progress/cover';
export * from './progress/indicators-to-develop';
export * from './progress/ita-result';
export * from './progress/measure-columns';
export * from './progress/measures-table';
export * from './progress/memo';
export * from './progress/options';
export * from './progress/signatures';
export * from './progress/summary';
export * from './progress/warnings';
export * from './progress/writer';
export * from './signature';
export { barChartSvg, valueLabelX, CHART_FONT, CHART_COLOURS, type BarChart, type BarChartInput } from './chart';
export * from './plan';
export * from './thai-breaks';
