import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findJourneys, journeyAt } from '../../src/journeys';

const doc = `// journey Commented { }
segment S = contact.email is set
template t email { subject "journey Fake { }" body """
  { not a brace } journey AlsoFake {
""" }
journey First {
  entry on e
  if contact.x == "}" { send email t } else { /* } */ wait 2 days }
}
/* journey Hidden { } */
journey Second
{
  split { A 50% { } B 50% { } }
}
journey Open {
  entry on e
`;

describe('findJourneys', () => {
  it('finds journeys and skips comments and strings', () => {
    assert.deepEqual(
      findJourneys(doc).map((j) => j.name),
      ['First', 'Second', 'Open'],
    );
  });

  it('spans each journey from its keyword to its closing brace', () => {
    const [first, second, open] = findJourneys(doc);
    assert.equal(doc.slice(first.start, first.start + 'journey First'.length), 'journey First');
    assert.ok(doc.slice(first.start, first.end).endsWith('}\n}'));
    assert.ok(doc.slice(second.start, second.end).startsWith('journey Second\n{'));
    assert.equal(open.end, doc.length);
  });

  it('finds nothing in a file without journeys', () => {
    assert.deepEqual(findJourneys('contact { email: email? }\nevent e { }'), []);
  });
});

describe('journeyAt', () => {
  it('names the journey that contains the offset', () => {
    assert.equal(journeyAt(doc, doc.indexOf('wait 2 days'))?.name, 'First');
    assert.equal(journeyAt(doc, doc.indexOf('split'))?.name, 'Second');
    assert.equal(journeyAt(doc, doc.length)?.name, 'Open');
    assert.equal(journeyAt(doc, doc.indexOf('journey First'))?.name, 'First');
  });

  it('names none outside journeys', () => {
    assert.equal(journeyAt(doc, doc.indexOf('segment')), undefined);
    assert.equal(journeyAt(doc, doc.indexOf('AlsoFake')), undefined);
  });
});
