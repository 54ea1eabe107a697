/**
 * Labels of field confidence (merged into `labels.ts`), Estonian and English. A reason the reader
 * gives is an English phrase; `confidence.reason.<phrase>` translates it, and an unknown one is shown
 * as written.
 */
export const confidenceEt = {
  'confidence.mark': 'Ebakindel',
  'confidence.mark.label': '{field}: võib olla valesti loetud ({reasons})',
  'confidence.field.title': 'Ametinimetus',
  'confidence.field.specialization': 'Valdkond',
  'confidence.field.unitPath': 'Struktuuriüksus',
  'confidence.field.manager': 'Vahetu juht',
  'confidence.field.subordinates': 'Alluvad',
  'confidence.field.substitutedBy': 'Kes asendab',
  'confidence.field.substitutes': 'Keda asendab',

  'confidence.reason.no label found': 'silti ei leitud',
  'confidence.reason.value reads as prose': 'väärtus on lause, mitte nimetus',
  'confidence.reason.title contains a unit word': 'ametinimetuses on üksuse nimi',
  'confidence.reason.truncated header': 'päis on poolik',
  'confidence.reason.warning on the field\u2019s lines': 'välja ridadel on hoiatus',
  'confidence.reason.reference not in base form': 'nimetus pole algvormis',
  'confidence.reason.two units in one name': 'ühes nimes on kaks üksust',
  'confidence.reason.unit name has no unit word': 'üksuse nimes pole üksust tähistavat sõna',
  'confidence.reason.unit named twice': 'üksus on nimetatud kaks korda',
  'confidence.reason.value contains a label': 'väärtuses on järgmise rea silt',
  'confidence.reason.scope left in the title': 'ametinimetuses on ulatuse täpsustus',
  'confidence.reason.label recognised by stem only': 'silt tunti ära ainult tüve järgi',
  'confidence.reason.value reassigned by case ending': 'väärtus tõsteti käändelõpu järgi teisele väljale',
  'confidence.reason.scope stripped': 'ulatuse täpsustus eemaldati',
  'confidence.reason.prose removed': 'lauseline tekst eemaldati',

  'coverage.filter.lowConfidence': 'Ainult ebakindlalt loetud asendusseosed',
  'coverage.filter.lowConfidence.hint': 'Ametikohad, mille asendusseosed põhinevad ebakindlalt loetud ametijuhendi väljadel',
};

export const confidenceEn: Record<keyof typeof confidenceEt, string> = {
  'confidence.mark': 'Uncertain',
  'confidence.mark.label': '{field}: may be misread ({reasons})',
  'confidence.field.title': 'Title',
  'confidence.field.specialization': 'Specialisation',
  'confidence.field.unitPath': 'Unit',
  'confidence.field.manager': 'Manager',
  'confidence.field.subordinates': 'Reports',
  'confidence.field.substitutedBy': 'Substituted by',
  'confidence.field.substitutes': 'Substitutes for',

  'confidence.reason.no label found': 'no label found',
  'confidence.reason.value reads as prose': 'the value reads as a sentence, not a name',
  'confidence.reason.title contains a unit word': 'the title contains a unit’s name',
  'confidence.reason.truncated header': 'the header is cut off',
  'confidence.reason.warning on the field\u2019s lines': 'a warning stands on the field’s lines',
  'confidence.reason.reference not in base form': 'a name is not in its base form',
  'confidence.reason.two units in one name': 'two units in one name',
  'confidence.reason.unit name has no unit word': 'the unit’s name has no unit word',
  'confidence.reason.unit named twice': 'a unit is named twice',
  'confidence.reason.value contains a label': 'the value holds the next row’s label',
  'confidence.reason.scope left in the title': 'a scope is left in the title',
  'confidence.reason.label recognised by stem only': 'the label was recognised by its stem only',
  'confidence.reason.value reassigned by case ending': 'the value was moved to another field by its case ending',
  'confidence.reason.scope stripped': 'a scope was removed',
  'confidence.reason.prose removed': 'sentence text was removed',

  'coverage.filter.lowConfidence': 'Only lines read with low confidence',
  'coverage.filter.lowConfidence.hint': 'Positions whose substitution lines rest on job-description fields read with low confidence',
};
