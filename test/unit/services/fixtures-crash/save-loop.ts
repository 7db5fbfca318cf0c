// Crash-test child: saves one issue through the real store in a loop, the first page's name
// counting up from a given number (版N), until the test kills it.
// Arguments: <workspace folder> <issue id> <first N>.
import { openWorkspace } from '../../../../electron/services/workspace-store';

const [dir = '', issueId = '', first = '1'] = process.argv.slice(2);
const store = await openWorkspace(dir);
const issue = await store.getIssue(issueId);
const page = issue.pages[0];
if (!page) throw new Error('the issue has no pages');
// Ends by itself in case the test that should kill it is gone.
const deadline = Date.now() + 20_000;
process.stdout.write('started\n');
for (let n = Number(first); Date.now() < deadline; n += 1) {
  page.name = `版${n}`;
  await store.saveIssue(issue);
}
await store.close();
