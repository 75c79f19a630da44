import { writeFile } from 'node:fs/promises';
import { auditPacketForRecord } from '@modality/app';
import { auditPacketQuerySchema } from '@modality/contracts';
import { pdfkitRenderer, systemClock } from '@modality/runtime';
import { Command } from 'commander';
import { parseOptions } from '../input/options.js';
import { readRecordFile } from '../input/record-file.js';
import { processIo, type Io } from '../io.js';
import { BadInputError, commandAction, succeeded } from '../outcome.js';

/** The options as the contract and the use case name them. */
const OPTION_NAMES = { credential: '--credential', cycle: '--cycle' } as const;

/** `modality audit-packet RECORD --credential C [--cycle DATE] --out FILE.pdf`. */
export function auditPacketCommand(io: Io = processIo): Command {
  return new Command('audit-packet')
    .argument('<record>', 'a person record (JSON, format modality/person-record@1)')
    .description('Write the CE audit packet of one credential as a PDF: the cycle, activities by category, totals against the requirement, certificates, sources')
    .requiredOption('--credential <code>', 'the credential whose CE cycle to show, e.g. arrt:R')
    .option('--cycle <date>', 'a day inside the cycle, YYYY-MM-DD (default: today, i.e. the current cycle)')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--json', 'print what the packet says (cycle, totals, activities) as JSON')
    .addHelpText('after', '\nExit codes: 0 written; 2 bad input (unreadable or invalid record, unknown --credential, bad --cycle, the credential not held or no CE cycle for it).')
    .action(
      commandAction(
        io,
        async (file: string, opts: { credential: string; cycle?: string; out: string; json?: boolean }) => {
          const { credential, cycle } = parseOptions(auditPacketQuerySchema, { credential: opts.credential, cycle: opts.cycle }, OPTION_NAMES);
          const record = await readRecordFile(file);
          const packet = await auditPacketForRecord({ pdf: pdfkitRenderer, clock: systemClock }, record, credential, cycle);
          try {
            await writeFile(opts.out, packet.pdf);
          } catch (e) {
            throw new BadInputError(`cannot write ${opts.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
          }
          const p = packet.packet;
          const activities = p.groups.reduce((n, g) => n + g.activities.length, 0);
          return succeeded(
            opts.json
              ? JSON.stringify(p, null, 2)
              : `Wrote ${opts.out}: ${p.credentialName}, cycle ${p.start} to ${p.end} — ${String(p.earned)} of ${String(p.required)} ${p.unit} counted, ${String(activities)} activities.`,
          );
        },
        OPTION_NAMES,
      ),
    );
}
