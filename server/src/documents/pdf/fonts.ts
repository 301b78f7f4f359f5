import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Tinos (metric-compatible with Times New Roman, the typeface Decree 30/2020/NĐ-CP prescribes
 * for administrative documents), whole TrueType files with every Vietnamese glyph, from the npm
 * package @expo-google-fonts/tinos. (The @fontsource packages split a font into per-script
 * subsets — "latin" and "vietnamese" — and one line of Vietnamese needs both.)
 */
export const FONTS = {
  regular: require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf'),
  boldItalic: require.resolve('@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf'),
} as const;

export type FontName = keyof typeof FONTS;
