import { Command } from 'commander';
import { adminCommand } from './commands/admin.command.js';
import { auditPacketCommand } from './commands/audit-packet.command.js';
import { checkCommand } from './commands/check.command.js';
import { dbCommand } from './commands/db.command.js';
import { deadlinesCommand } from './commands/deadlines.command.js';
import { withFhirExport, withFhirImport } from './commands/fhir.command.js';
import { mailCommand } from './commands/mail.command.js';
import { placeCommand } from './commands/place.command.js';
import { planCommand } from './commands/plan.command.js';
import { postingsCommand } from './commands/postings.command.js';
import { programsCommand, withProgramsImport } from './commands/programs.command.js';
import { filesCommand } from './commands/files.command.js';
import { recordCommand } from './commands/record-entry.command.js';
import { exportCommand, importCommand } from './commands/record.command.js';
import { serveCommand } from './commands/serve.command.js';
import { vcCommand } from './commands/vc.command.js';
import { processIo, type Io } from './io.js';
import { EXIT } from './outcome.js';

/** The `modality` program with every subcommand. */
export function buildProgram(io: Io = processIo): Command {
  return new Command('modality')
    .description('Modality — careers, credentials and staffing for the medical-imaging workforce')
    .version('0.1.0')
    .addHelpText('after', `\nExit codes: ${EXIT.ok} ok, ${EXIT.domainFailure} domain failure (e.g. not eligible when asked to assert), ${EXIT.badInput} bad input.`)
    .addCommand(serveCommand(io))
    .addCommand(dbCommand(io))
    .addCommand(adminCommand(io))
    .addCommand(mailCommand(io))
    .addCommand(withFhirImport(withProgramsImport(importCommand(io), io), io))
    .addCommand(withFhirExport(exportCommand(io), io))
    .addCommand(recordCommand(io))
    .addCommand(filesCommand(io))
    .addCommand(checkCommand(io))
    .addCommand(deadlinesCommand(io))
    .addCommand(placeCommand(io))
    .addCommand(planCommand(io))
    .addCommand(programsCommand(io))
    .addCommand(postingsCommand(io))
    .addCommand(vcCommand(io))
    .addCommand(auditPacketCommand(io));
}
