import { CohortJoinDialog } from '../dialogs/cohortJoinDialog';
import { ConsentDialog } from '../dialogs/consentDialog';
import { CrisisCareDialog } from '../dialogs/crisisCareDialog';
import { ReminderDialog } from '../dialogs/reminderDialog';
import { SkillPracticeDialog } from '../dialogs/skillPracticeDialog';
import { DataRightsDialog } from '../dialogs/dataRightsDialog';
import { FaqDialog } from '../dialogs/faqDialog';
import { GuardrailDialog } from '../dialogs/guardrailDialog';
import { LocatorDialog } from '../dialogs/locatorDialog';
import { LocatorService } from './programs/locatorService';
import { sharedGeocoder } from './programs/geocoder';
import type { ReminderPorts } from './reminders/reminderPortAdapter';
import type { SkillLibrary } from './reminders/skillLibrary';
import type { DialogMetrics } from '../dialogs/ports';
import type { Dialog } from '../dialogs/turnTypes';
import type { Clock } from './bot/turnServices';
import type { AppConfig } from './config/config';
import type { CoreMessages } from './content/coreMessages';
import { createFaqPort } from './knowledge/faqPort';
import { createCrisisCarePort, createGuardrailPort } from './safety/safetyPorts';
import type { DataRightsService } from './privacy/dataRightsService';
import { loadDataRightsText } from './privacy/dataRightsText';
import type { ConversationReferenceStore } from './storage/conversationReferenceStore';
import type { Database } from './storage/database';
import type { FieldCipher } from './storage/fieldCipher';
import type { UserHasher } from './storage/userHasher';

/** What the composition root has built, for the capabilities behind the dialogs. */
export interface DialogServices {
  config: AppConfig;
  clock: Clock;
  database: Database;
  cipher: FieldCipher;
  hasher: UserHasher;
  references: ConversationReferenceStore;
  messages: CoreMessages;
  metrics: DialogMetrics;
  dataRights: DataRightsService;
  /** Reminders, consent (STOP/START/HELP), practice log and group sessions. */
  reminders: ReminderPorts;
  skills: SkillLibrary;
}

/** The dialogs in priority order: the first to take a message answers it. */
export function buildDialogs(services: DialogServices): Dialog[] {
  const directory = new LocatorService(services.database.prisma);
  const search = directory.search.bind(directory);
  directory.search = (request) => {
    services.metrics.locatorSearch();
    return search(request);
  };
  const locator = new LocatorDialog(directory);
  const faq = new FaqDialog(createFaqPort(), services.metrics, { locator: (input) => locator.begin(input) });
  const { reminders, practice, consent, cohorts } = services.reminders;
  const { skills } = services;
  return [
    new CrisisCareDialog(createCrisisCarePort()),
    // STOP / START / HELP come straight after the crisis check: carriers require them to work always.
    new ConsentDialog({
      consent,
      programName: services.config.programName,
      supportContact: services.config.supportContact,
    }),
    new DataRightsDialog(services.dataRights, loadDataRightsText()),
    new GuardrailDialog(createGuardrailPort()),
    new SkillPracticeDialog({ skills, practice, reminders }),
    new CohortJoinDialog({ cohorts, consent }),
    new ReminderDialog({ reminders, practice, consent, timeZones: sharedGeocoder(), skills }),
    locator,
    faq,
  ];
}
