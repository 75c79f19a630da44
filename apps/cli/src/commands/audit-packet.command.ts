import { writeFile } from 'node:fs/promises';
import { auditPacketForRecord } from '@modality/app';
import { isCalendarDate } from '@modality/domain';
import { pdfkitRenderer, systemClock } from '@modality/runtime';
import { Command } from 'commander';
import { readRecordFile } from '../input/record-file.js';
import { issueLine } from '../input/issue-lines.js';
import { processIo, type Io } from '../io.js';
import { BadInputError, commandAction, succeeded } from '../outcome.js';

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
          const cycle = opts.cycle;
          if (cycle !== undefined && !isCalendarDate(cycle)) throw new BadInputError('invalid option', [issueLine('--cycle', 'not a calendar date (YYYY-MM-DD)', cycle)]);
          const record = await readRecordFile(file);
          const packet = await auditPacketForRecord({ pdf: pdfkitRenderer, clock: systemClock }, record, opts.credential, cycle);
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
        { credential: '--credential' },
      ),
    );
}
