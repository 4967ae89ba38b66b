import {
  loadCrisisEvalSet,
  MAX_FALSE_POSITIVE_RATE,
  REQUIRED_RECALL,
  runCrisisEval,
} from '../../scripts/evalCrisis';

describe('crisis eval set', () => {
  const items = loadCrisisEvalSet();

  it('is large and bilingual enough to mean something', () => {
    const count = (crisis: boolean, language?: string) =>
      items.filter((i) => i.crisis === crisis && (language === undefined || i.language === language)).length;
    expect(count(true)).toBeGreaterThanOrEqual(220);
    expect(count(false)).toBeGreaterThanOrEqual(220);
    expect(count(true, 'es')).toBeGreaterThanOrEqual(70);
    expect(count(false, 'es')).toBeGreaterThanOrEqual(70);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
  });

  it('meets the bars: every crisis caught, at most 3% false alarms', () => {
    const report = runCrisisEval(items);
    expect(report.misses.map((m) => m.text)).toEqual([]);
    expect(report.recall).toBeGreaterThanOrEqual(REQUIRED_RECALL);
    expect(report.falsePositiveRate).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
    for (const language of ['en', 'es'] as const) {
      expect(report.byLanguage[language].recall).toBe(1);
      expect(report.byLanguage[language].falsePositiveRate).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
    }
    expect(report.passes).toBe(true);
  });

  it('names the labelled category among those it detects for nearly every crisis', () => {
    expect(runCrisisEval(items).categoryAgreement).toBeGreaterThanOrEqual(0.95);
  });

  it('reports a miss and a false alarm when the detector gets one wrong', () => {
    const report = runCrisisEval([
      { text: 'the weather is nice today', language: 'en', crisis: true, category: 'suicide' },
      { text: 'i want to kill myself', language: 'en', crisis: false },
    ]);
    expect(report.recall).toBe(0);
    expect(report.falsePositiveRate).toBe(1);
    expect(report.misses).toHaveLength(1);
    expect(report.falseAlarms[0].categories).toContain('suicide');
    expect(report.passes).toBe(false);
  });
});
