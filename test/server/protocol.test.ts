/** What the command line sends to the resident server, decided before the bundle is loaded (src/server/protocol.ts). */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { OTHER_COMMANDS, lineReader, servedByServer, serverDisabled } from '../../src/server/protocol.js';

describe('servedByServer', () => {
  it.each([
    [['lint', 'cases'], true],
    [['lint', '-f', 'json', 'cases/x'], true],
    [['cases/x'], true],
    [['-f', 'json', 'cases/x'], true],
    [[], true],
    [['lint', '--stdin', '--stdin-filename', 'x/case.yaml'], false],
    [['explain', 'penalty/fine-within-range'], false],
    [['report', '--docx', 'out.docx', 'cases'], false],
    [['server', 'start'], false],
    [['--lang', 'en', 'server', 'stop'], false],
    [['help'], false],
  ])('%j → %s', (args, served) => {
    expect(servedByServer(args)).toBe(served);
  });

  it('knows every command the program has', () => {
    const io = {
      out: () => undefined,
      err: () => undefined,
      exit: () => undefined,
      color: false,
      stderrIsTTY: false,
    };
    const names = buildProgram(io)
      .commands.map((c) => c.name())
      .filter((name) => name !== 'lint');
    expect([...OTHER_COMMANDS].sort()).toEqual([...names, 'help'].sort());
  });
});

describe('serverDisabled', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['1', true],
    ['yes', true],
  ])('CASELINT_NO_SERVER=%j → %s', (value, disabled) => {
    expect(serverDisabled(value === undefined ? {} : { CASELINT_NO_SERVER: value })).toBe(disabled);
  });
});

describe('lineReader', () => {
  it('gives whole lines, however the chunks split them', () => {
    const lines: string[] = [];
    const read = lineReader((l) => lines.push(l));
    for (const chunk of ['{"out":"检', '查"}\n{"exit"', ':1}\n\n{"err"', ':""}']) read(chunk);
    expect(lines).toEqual(['{"out":"检查"}', '{"exit":1}']);
    read('\n');
    expect(lines).toEqual(['{"out":"检查"}', '{"exit":1}', '{"err":""}']);
  });
});
