// The issue id (<yyyy-mm-dd>-<期号>) on its own, so the article model can name an issue without
// importing the issue model (which imports the article model).
import { z } from 'zod';

export const issueIdSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}-\d{1,4}$/, '期次编号格式不正确');
