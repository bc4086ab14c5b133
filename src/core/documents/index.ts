/** The progress report (issue 4): one model, rendered by DocumentApp and by docx. */
export * from './model';
export * from './progress/build';
export * from './signature';
export { barChartSvg, valueLabelX, CHART_FONT, CHART_COLOURS, type BarChart, type BarChartInput } from './chart';
export * from './plan';
