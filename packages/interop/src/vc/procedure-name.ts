const MODALITY_NAMES: Readonly<Record<string, string>> = {
  xr: 'Radiography',
  ct: 'Computed tomography',
  mr: 'Magnetic resonance imaging',
  us: 'Sonography',
  nm: 'Nuclear medicine',
  mg: 'Mammography',
  fl: 'Fluoroscopy',
  rt: 'Radiation therapy',
  ir: 'Interventional radiography',
};

/**
 * A readable name for a clinical-log procedure code until the knowledge base has a procedure catalogue.
 *
 * @example
 * procedureName('xr:portable-chest') // 'Radiography: portable chest'
 */
export function procedureName(code: string): string {
  const at = code.indexOf(':');
  const modality = code.slice(0, at);
  const what = code.slice(at + 1).replace(/-/g, ' ');
  return `${MODALITY_NAMES[modality] ?? modality.toUpperCase()}: ${what}`;
}
