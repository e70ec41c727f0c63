import { z } from 'zod';
import type { Text } from '../engine';

/**
 * A text the user reads, in each language we serve. The one definition: the engine's `Text`,
 * under the name the API document uses (`LocalisedText`).
 */
export type LocalisedText = Text;

/** The API schema of a {@link LocalisedText}: `components.schemas.LocalisedText`. */
export const localisedTextSchema = z
  .object({ 'zh-Hans': z.string(), 'zh-Hant': z.string(), en: z.string() })
  .meta({ id: 'LocalisedText' }) satisfies z.ZodType<LocalisedText>;
