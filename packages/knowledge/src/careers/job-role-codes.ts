/**
 * The stable codes of the imaging roles of the knowledge base. Kept apart from the role data so that a
 * schema can validate a role code without loading the roles' facts.
 */
export const JOB_ROLE_CODES = [
  'radiographer',
  'ct-technologist',
  'mri-technologist',
  'sonographer',
  'cardiac-sonographer',
  'vascular-sonographer',
  'mammographer',
  'nuclear-medicine-technologist',
  'interventional-technologist',
  'radiation-therapist',
  'bone-densitometry-technologist',
  'radiologist-assistant',
] as const;
export type JobRoleCode = (typeof JOB_ROLE_CODES)[number];
