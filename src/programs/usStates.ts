/** A US state, district or territory that can appear in a facility address. */
export interface UsState {
  code: string;
  name: string;
  /** Other ways people write the name, lower case without accents (Spanish names among them). */
  aliases: string[];
  /** The IANA zone that covers most of the population. */
  timeZone: string;
}

function state(code: string, name: string, timeZone: string, aliases: string[] = []): UsState {
  return { code, name, timeZone, aliases };
}

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';

/** The 50 states, DC and the inhabited territories SAMHSA lists; multi-zone states are refined by ZIP in timeZones.ts. */
export const US_STATES: readonly UsState[] = [
  state('AL', 'Alabama', CENTRAL),
  state('AK', 'Alaska', 'America/Anchorage'),
  state('AZ', 'Arizona', 'America/Phoenix'),
  state('AR', 'Arkansas', CENTRAL),
  state('CA', 'California', PACIFIC),
  state('CO', 'Colorado', MOUNTAIN),
  state('CT', 'Connecticut', EASTERN),
  state('DE', 'Delaware', EASTERN),
  state('DC', 'District of Columbia', EASTERN, ['d c', 'distrito de columbia']),
  state('FL', 'Florida', EASTERN),
  state('GA', 'Georgia', EASTERN),
  state('HI', 'Hawaii', 'Pacific/Honolulu', ['hawai']),
  state('ID', 'Idaho', 'America/Boise'),
  state('IL', 'Illinois', CENTRAL),
  state('IN', 'Indiana', 'America/Indiana/Indianapolis'),
  state('IA', 'Iowa', CENTRAL),
  state('KS', 'Kansas', CENTRAL),
  state('KY', 'Kentucky', EASTERN),
  state('LA', 'Louisiana', CENTRAL, ['luisiana']),
  state('ME', 'Maine', EASTERN),
  state('MD', 'Maryland', EASTERN),
  state('MA', 'Massachusetts', EASTERN),
  state('MI', 'Michigan', 'America/Detroit'),
  state('MN', 'Minnesota', CENTRAL),
  state('MS', 'Mississippi', CENTRAL, ['misisipi']),
  state('MO', 'Missouri', CENTRAL, ['misuri']),
  state('MT', 'Montana', MOUNTAIN),
  state('NE', 'Nebraska', CENTRAL),
  state('NV', 'Nevada', PACIFIC),
  state('NH', 'New Hampshire', EASTERN, ['nuevo hampshire']),
  state('NJ', 'New Jersey', EASTERN, ['nueva jersey']),
  state('NM', 'New Mexico', MOUNTAIN, ['nuevo mexico']),
  state('NY', 'New York', EASTERN, ['nueva york']),
  state('NC', 'North Carolina', EASTERN, ['carolina del norte']),
  state('ND', 'North Dakota', CENTRAL, ['dakota del norte']),
  state('OH', 'Ohio', EASTERN),
  state('OK', 'Oklahoma', CENTRAL),
  state('OR', 'Oregon', PACIFIC),
  state('PA', 'Pennsylvania', EASTERN, ['pensilvania']),
  state('RI', 'Rhode Island', EASTERN),
  state('SC', 'South Carolina', EASTERN, ['carolina del sur']),
  state('SD', 'South Dakota', CENTRAL, ['dakota del sur']),
  state('TN', 'Tennessee', CENTRAL, ['tenesi']),
  state('TX', 'Texas', CENTRAL, ['tejas']),
  state('UT', 'Utah', MOUNTAIN),
  state('VT', 'Vermont', EASTERN),
  state('VA', 'Virginia', EASTERN),
  state('WA', 'Washington', PACIFIC, ['washington state']),
  state('WV', 'West Virginia', EASTERN, ['virginia occidental']),
  state('WI', 'Wisconsin', CENTRAL),
  state('WY', 'Wyoming', MOUNTAIN),
  state('PR', 'Puerto Rico', 'America/Puerto_Rico'),
  state('VI', 'U.S. Virgin Islands', 'America/St_Thomas', [
    'virgin islands',
    'us virgin islands',
    'islas virgenes',
  ]),
  state('GU', 'Guam', 'Pacific/Guam'),
  state('AS', 'American Samoa', 'Pacific/Pago_Pago', ['samoa americana']),
  state('MP', 'Northern Mariana Islands', 'Pacific/Saipan', ['islas marianas del norte']),
];

const BY_CODE = new Map(US_STATES.map((entry) => [entry.code, entry]));

/** The state for a two-letter code (any case), or undefined. */
export function stateByCode(code: string): UsState | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
