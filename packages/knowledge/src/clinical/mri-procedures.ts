import { procedure as p, type Procedure } from './procedures.js';

/**
 * The MRI procedures a student of a primary MRI program can log: Modality's own vocabulary of common
 * examinations, grouped by section. ARRT's MRI competency list could not be read, so nothing here claims to be
 * mandatory or elective. The codes start `mri-primary:`, not `mr:`, because the credential rules read `mr:` and
 * `mri:` entries of a record as postprimary MR clinical experience, which a student's competencies are not.
 */
export const MRI_PROCEDURES: readonly Procedure[] = [
  p('mri-primary:care-safety-screening', 'MRI safety screening', 'patient-care'),
  p('mri-primary:care-contrast', 'Intravenous contrast preparation', 'patient-care'),
  p('mri-primary:brain', 'Brain, routine', 'mri-neuro'),
  p('mri-primary:brain-contrast', 'Brain, with contrast', 'mri-neuro'),
  p('mri-primary:internal-auditory-canals', 'Internal auditory canals', 'mri-neuro'),
  p('mri-primary:orbits', 'Orbits', 'mri-neuro'),
  p('mri-primary:pituitary', 'Pituitary', 'mri-neuro'),
  p('mri-primary:soft-tissue-neck', 'Soft tissue neck', 'mri-neuro'),
  p('mri-primary:cervical-spine', 'Cervical spine', 'mri-spine'),
  p('mri-primary:thoracic-spine', 'Thoracic spine', 'mri-spine'),
  p('mri-primary:lumbar-spine', 'Lumbar spine', 'mri-spine'),
  p('mri-primary:knee', 'Knee', 'mri-musculoskeletal'),
  p('mri-primary:shoulder', 'Shoulder', 'mri-musculoskeletal'),
  p('mri-primary:hip', 'Hip', 'mri-musculoskeletal'),
  p('mri-primary:ankle', 'Ankle', 'mri-musculoskeletal'),
  p('mri-primary:wrist', 'Wrist', 'mri-musculoskeletal'),
  p('mri-primary:liver', 'Liver', 'mri-body'),
  p('mri-primary:mrcp', 'Bile and pancreatic ducts (MRCP)', 'mri-body'),
  p('mri-primary:pelvis', 'Pelvis', 'mri-body'),
  p('mri-primary:prostate', 'Prostate', 'mri-body'),
  p('mri-primary:breast', 'Breast', 'mri-body'),
  p('mri-primary:angiography-head', 'MR angiography, head', 'mri-vascular'),
  p('mri-primary:angiography-neck', 'MR angiography, neck', 'mri-vascular'),
];
