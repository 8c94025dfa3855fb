// From blind batch 53 (the Gulf, North Africa, the Security Council): Arabic names written with a capital `Bin`
// and `Al`, `Shaikh` as a title, a ruler named by title and given name (`King Hamad`), and the father's name
// after `bin` that is no one's surname.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { personMentions, quoteKindsAndSpeakers, quoteSpeakers } from './helpers';

const people = personMentions;
const speakers = quoteSpeakers;

describe('an Arabic name with a capital `Bin` and `Al`', () => {
  it('is one name, the joints not counted among its words', () => {
    const text = 'Bahrain\n\n"The other GCC countries see Bahrain\'s stability as crucial," Shaikh Khalid Bin Ahmad Al Khalifa said.\n';
    assert.deepEqual(people(text), ['Khalid Bin Ahmad Al Khalifa']);
    assert.deepEqual(speakers(text), ['Khalid Bin Ahmad Al Khalifa']);
  });
  it('is the gazetteer’s person written with `bin`', () => {
    assert.deepEqual(people('Bahrain\n\nThe call by Crown Prince Salman Bin Hamad Al Khalifa for a national dialogue was heard.\n'), [
      'Salman Bin Hamad Al Khalifa=Salman bin Hamad Al Khalifa',
    ]);
  });
  it('still ends at a word that is no name', () => {
    assert.deepEqual(people('Bahrain\n\nKing Hamad Bin Eisa Al Khalifa met Al Jazeera reporters.\n').slice(0, 1), ['Hamad Bin Eisa Al Khalifa']);
  });
  it('a surname of several words is found alone, `bin` in either case (`bin Alawi`, `Bin Alawi`)', () => {
    const text = 'Oman\n\nOmani Foreign Minister Yousef Bin Alawi spoke.\n\n“I believe they will cooperate,” bin Alawi said.\n\nBin Alawi said more.\n';
    assert.deepEqual(
      analyze(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.canonical),
      ['Yusuf bin Alawi bin Abdullah', 'Yusuf bin Alawi bin Abdullah', 'Yusuf bin Alawi bin Abdullah'],
    );
  });
});

describe('a ruler’s title and given name', () => {
  it('is the ruler of the data files with that title and given name', () => {
    const text = 'Bahrain\n\nAt the time, the Interfax news agency quoted King Hamad as saying: “Arab countries are in agreement.”\n';
    assert.deepEqual(speakers(text), ['Hamad bin Isa Al Khalifa']);
    assert.deepEqual(people('Gulf\n\nEmir Tamim met Sultan Haitham in Muscat.\n'), ['Tamim=Tamim bin Hamad Al Thani', 'Haitham=Haitham bin Tariq']);
  });
  it('not a name the father’s name after `bin` makes (`Hamad bin Khalifa` is not a Khalifa)', () => {
    // `Khalifa` alone was taken for the surname of Hamad bin Khalifa Al Thani, from his alias `Sheikh Hamad bin Khalifa`.
    const found = analyze('Libya\n\nKhalifa said the talks would go on.\n').entities.filter((e) => e.type === 'PERSON');
    assert.ok(found.every((e) => e.canonical !== 'Hamad bin Khalifa Al Thani'), JSON.stringify(found));
  });
});

describe('a UN official’s role', () => {
  it('for `the country` named before is the envoy’s, resolved to the envoy named after', () => {
    const text =
      'Yemen envoy\n\nNEW YORK: The UN and the international community has a “shared responsibility” to end the conflict raging in Yemen, the UN special envoy for the country said on Friday.\n\n' +
      'Delivering his first briefing to the Security Council, Hans Grundberg said that the beginning of his tenure should be used as a moment “to reassess our respective responsibilities.”\n';
    assert.deepEqual(speakers(text), ['Hans Grundberg', 'Hans Grundberg']);
  });
  it('with a nationality is the UN official’s, whose UN post says nothing of where he is from', () => {
    const text =
      'Yemen\n\nHans Grundberg warned the Council.\n\n' +
      'The Swedish diplomat said his first consultations with Yemeni, regional and international actors “will soon start,” and that he will “shortly travel to Riyadh.”\n';
    assert.deepEqual(speakers(text), ['Hans Grundberg', 'Hans Grundberg']);
  });
  it('`The Special Coordinator for Lebanon` is a role, its holder named before', () => {
    const text =
      'Lebanon\n\nOn Wednesday, the UN Special Coordinator for Lebanon, Jeanine Hennis-Plasschaert, briefed the UN Security Council.\n\n' +
      'The Special Coordinator for Lebanon expressed concerns that any "miscalculation by either side could easily ignite a conflagration," urging that no effort should be "spared to bring both sides back from the brink."\n';
    assert.deepEqual(speakers(text), ['Jeanine Hennis-Plasschaert', 'Jeanine Hennis-Plasschaert']);
  });
});

describe('a UN summary’s speakers', () => {
  const text =
    'MINURSO\n\nNew York (UN), 11 March 2025 (SPS) - The Personal Envoy of the United Nations Secretary-General for Western Sahara, Staffan de Mistura, has initiated consultations.\n\n' +
    'The Polisario Front’s representative to the United Nations and coordinator with MINURSO, Sidi Mohamed Omar, stated in a declaration to APS that the Security Council "will hold a closed-door consultation session on MINURSO in mid-April."\n\n' +
    'During this session, Staffan de Mistura will present a report, while the head of MINURSO, Alexander Ivanko, will present another.\n\n' +
    'The Sahrawi diplomat further clarified that Mr. De Mistura met the State Secretary of Slovenia.\n\n' +
    'On another note, "the upcoming Security Council consultation session will be the first opportunity for the new U.S. administration to express its position."\n';
  it('a name in apposition after a role and its complement with `with` is a person', () => {
    assert.ok(people(text).includes('Sidi Mohamed Omar'), JSON.stringify(people(text)));
    assert.equal(speakers(text)[0], 'Sidi Mohamed Omar');
  });
  it('`The Sahrawi diplomat` is the one whose words the text was giving, not the last person named', () => {
    // And a quotation after a connective (`On another note,`) goes on with the paragraph before, as one opening it does.
    assert.equal(speakers(text)[1], 'Sidi Mohamed Omar');
  });
});

describe('a short quotation in a sentence whose subject is a person named at its start', () => {
  it('is that person’s words, as after a cue (`Israel Katz on Wednesday ordered the "immediate return"`)', () => {
    const kinds = quoteKindsAndSpeakers;
    assert.deepEqual(kinds('Recall\n\nIsrael\'s Foreign Minister Israel Katz on Wednesday ordered the "immediate return" of the ambassadors.\n'), ['direct:Israel Katz']);
    assert.deepEqual(
      kinds('Council\n\nIsraeli Ambassador Gilad Erdan said the text was flawed. Erdan voted against the resolution because it “discriminates” against Israel.\n'),
      ['direct:Gilad Erdan'],
    );
  });
  it('not when the sentence opens with no one named', () => {
    const kinds = quoteKindsAndSpeakers;
    assert.deepEqual(kinds('Recall\n\nThe decision followed an "immediate return" of the ambassadors.\n'), ['scare:null']);
  });
});

describe('the person named as the subject of a short quotation’s sentence', () => {
  const kinds = quoteKindsAndSpeakers;
  it('speaks it, before a later quotation that repeats the words (batch 24: `Jaishankar held "constructive discussions"`)', () => {
    const text =
      'Visit\n\nJaishankar held "constructive discussions" with the country\'s leaders.\n\n' +
      '"Thank you for hospitality and constructive discussions!" the Indian High Commission in Colombo tweeted.';
    assert.deepEqual(kinds(text)[0], 'direct:S. Jaishankar');
  });
  it('not in the possessive, past another report, or for a word named as a thing', () => {
    assert.deepEqual(kinds('Lavrov’s ‘reset’ remark puzzles diplomats\n\nThe talks went on.\n'), ['scare:null']);
    assert.deepEqual(kinds('Talks\n\nThe Saudi minister Adel al-Jubeir said the government would protest over what it said were “outrageous and unjustified” comments.')[0] === 'direct:Adel al-Jubeir', false);
    assert.deepEqual(kinds('Berlin\n\nIn Berlin, German Chancellor Olaf Scholz backed the EU line but warned against a “decoupling” that would hurt exporters.'), ['scare:null']);
  });
});
