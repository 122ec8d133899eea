import {readFileSync} from 'node:fs';
import {parseBody} from './lib/engine/form/body';
import {buildReport} from './lib/engine/report';
const [check, ...files] = process.argv.slice(2);
for (const f of files) for (const r of readFileSync(f,'utf8').split('\n').filter(Boolean).map((l: string)=>JSON.parse(l))) {
  const want=r.expect[check]??'pass';
  const req=parseBody(r.body).request;
  const got=buildReport(req).checks.find(c=>c.id===check)!;
  if ((want==='pass')!==(got.status==='pass')) console.log('==',r.id,'want',want,'got',got.status,'\n', req.reason.slice(0,700).replace(/\n+/g,' / '));
}
