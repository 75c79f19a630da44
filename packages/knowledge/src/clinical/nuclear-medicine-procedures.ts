import { procedure as p, type Procedure } from './procedures.js';

/**
 * The nuclear-medicine procedures a student can log: Modality's own vocabulary of common studies, grouped by
 * section. Neither NMTCB's nor ARRT's list of clinical competencies could be read, so nothing here claims to be
 * mandatory or elective. The codes start `nm:`; NMTCB's CT rule reads `ct:`, `pet-ct:` and `spect-ct:` entries,
 * so a student's PET/CT here does not count as CT experience.
 */
export const NUCLEAR_MEDICINE_PROCEDURES: readonly Procedure[] = [
  p('nm:care-dose-preparation', 'Radiopharmaceutical dose preparation and assay', 'patient-care'),
  p('nm:care-administration', 'Intravenous radiopharmaceutical administration', 'patient-care'),
  p('nm:care-quality-control', 'Daily instrument quality control', 'patient-care'),
  p('nm:bone-whole-body', 'Bone scan, whole body', 'nm-skeletal'),
  p('nm:bone-three-phase', 'Bone scan, three phase', 'nm-skeletal'),
  p('nm:myocardial-perfusion', 'Myocardial perfusion, rest and stress', 'nm-cardiac'),
  p('nm:gated-blood-pool', 'Gated blood pool (MUGA)', 'nm-cardiac'),
  p('nm:thyroid-uptake-scan', 'Thyroid uptake and scan', 'nm-endocrine'),
  p('nm:parathyroid', 'Parathyroid', 'nm-endocrine'),
  p('nm:hepatobiliary', 'Hepatobiliary (HIDA)', 'nm-gastrointestinal'),
  p('nm:gastric-emptying', 'Gastric emptying', 'nm-gastrointestinal'),
  p('nm:gi-bleeding', 'Gastrointestinal bleeding', 'nm-gastrointestinal'),
  p('nm:lung-ventilation-perfusion', 'Lung ventilation and perfusion', 'nm-pulmonary'),
  p('nm:renal', 'Renal scan', 'nm-genitourinary'),
  p('nm:pet-fdg', 'PET/CT, FDG', 'nm-oncology'),
  p('nm:lymphoscintigraphy', 'Lymphoscintigraphy (sentinel node)', 'nm-oncology'),
  p('nm:therapy-radioiodine', 'Radioiodine therapy', 'nm-therapy'),
];
