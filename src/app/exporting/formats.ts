/**
 * app/exporting/formats — the Exports menu's text formats: the engine's table
 * (`engine/io/export-formats`), shared with the command line. PNG is drawn from the SVG (`png.ts`).
 */
export { TEXT_FORMATS, type TextFormat, type TextFormatId, textFormat } from '../../engine';
