import { CrisisCareDialog } from '../dialogs/crisisCareDialog';
import { DataRightsDialog } from '../dialogs/dataRightsDialog';
import { FaqDialog } from '../dialogs/faqDialog';
import { GuardrailDialog } from '../dialogs/guardrailDialog';
import { LocatorDialog } from '../dialogs/locatorDialog';
import { LocatorService } from './programs/locatorService';
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
  return [
    new CrisisCareDialog(createCrisisCarePort()),
    new DataRightsDialog(services.dataRights, loadDataRightsText()),
    new GuardrailDialog(createGuardrailPort()),
    locator,
    faq,
  ];
}
