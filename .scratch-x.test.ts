import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import fc from 'fast-check';
it('x', () => { const t = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse('---\na: 1\n---\n') as any; console.log(t.children[0].type, typeof fc.assert); });
