import * as caregiver from './views/caregiver.js';
import * as volunteer from './views/volunteer.js';
import * as station from './views/station.js';
import * as staff from './views/staff.js';
import * as regulator from './views/regulator.js';

/** Each role: its tasks (nav and home tiles) and the screens behind the hash routes. */
export const ROLES = {
  CAREGIVER: caregiver.role,
  VOLUNTEER: volunteer.role,
  RECIPIENT: volunteer.role,
  STATION_STAFF: station.role,
  BASE_STAFF: staff.role,
  ASSESSOR: staff.role,
  REGULATOR: regulator.role,
};
