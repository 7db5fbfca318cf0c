// A full issue for the benchmark: the sample articles lengthened (their own paragraphs repeated)
// until every page carries about 6,000 characters of body text.
import { allSampleArticles, buildSampleContent, type SampleContent } from '../../shared/sample/sample-content';
import type { SampleArticle } from '../../shared/sample/sample-articles';
import type { FontSet } from '../../shared/layout/styles';
import type { PublicationProfile } from '../../shared/model/profile';

export const FULL_PAGE_CHARS = 6000;

function bodyChars(sample: SampleArticle): number {
  return sample.body.reduce((sum, item) => sum + ('p' in item ? item.p : 'quote' in item ? item.quote : item.subhead).length, 0);
}

export function fullIssueSamples(): SampleArticle[] {
  const samples = allSampleArticles().map((sample) => ({ ...sample, body: [...sample.body] }));
  for (const label of new Set(samples.map((sample) => sample.page))) {
    const onPage = samples.filter((sample) => sample.page === label);
    let total = onPage.reduce((sum, sample) => sum + bodyChars(sample), 0);
    for (let round = 0; total < FULL_PAGE_CHARS && round < 1000; round += 1) {
      const sample = onPage[round % onPage.length]!;
      const paragraph = sample.body.filter((item) => 'p' in item)[round % 3];
      if (!paragraph || !('p' in paragraph)) continue;
      sample.body.push(paragraph);
      total += paragraph.p.length;
    }
  }
  return samples;
}

export function fullIssueContent(profile: PublicationProfile, fonts: FontSet): SampleContent {
  return buildSampleContent(profile, '2025-05-08T00:00:00.000Z', fullIssueSamples(), fonts);
}
