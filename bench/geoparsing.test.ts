import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readGwnXml, readLglXml, reanchor } from './geoparsing.js';

test('geoparsing harness: reads gwn-xml, drops Non_Toponym, keeps types and empty ids as null', () => {
  const xml = `<articles><article file="a1"><title>T</title><link>L</link><text>Drones hit Mariupol &amp; Odesa. Paris said.</text>
<toponyms><toponym><extractedName>Mariupol</extractedName><normalisedName>Mariupol</normalisedName><type>Literal</type>
<modifierType/><nonLocational>No</nonLocational><start>11</start><end>19</end><geonamesID>701822</geonamesID>
<latitude>47.1</latitude><longitude>37.5</longitude></toponym>
<toponym><extractedName>Odesa</extractedName><normalisedName>Odesa</normalisedName><type>Metonymic</type><modifierType/>
<nonLocational>No</nonLocational><start>22</start><end>27</end><geonamesID/><latitude/><longitude/></toponym>
<toponym><extractedName>Paris</extractedName><normalisedName>Paris</normalisedName><type>Non_Toponym</type><modifierType/>
<nonLocational>Yes</nonLocational><start>29</start><end>34</end><geonamesID/><latitude/><longitude/></toponym>
</toponyms></article></articles>`;
  const [a] = readGwnXml(xml);
  assert.equal(a?.text, 'Drones hit Mariupol & Odesa. Paris said.');
  assert.deepEqual(
    a?.toponyms.map((t) => [t.phrase, t.start, t.end, t.type, t.geonameid, t.lat]),
    [
      ['Mariupol', 11, 19, 'Literal', 701822, 47.1],
      ['Odesa', 22, 27, 'Metonymic', null, null],
    ],
  );
});

test('geoparsing harness: reads lgl-xml and re-anchors shifted offsets on the phrase', () => {
  const xml = `<articles><article docid="7"><title>x</title><text><![CDATA[Fighting near Bakhmut & Soledar.]]></text>
<toponyms><toponym><phrase>Bakhmut</phrase><start>17</start><end>24</end><gaztag geonameid="123"><name>Bakhmut</name>
<fcode>PPL</fcode><lat>48.6</lat><lon>38.0</lon></gaztag></toponym>
<toponym><phrase>Soledar</phrase><start>24</start><end>31</end></toponym></toponyms></article></articles>`;
  const [a] = readLglXml(xml);
  assert.deepEqual(
    a?.toponyms.map((t) => [t.start, t.end, t.geonameid, t.lat]),
    [
      [14, 21, 123, 48.6],
      [24, 31, null, null],
    ],
  );
  assert.deepEqual(reanchor('abc Kyiv', 'Kyiv', 0, 4), [4, 8]);
});
