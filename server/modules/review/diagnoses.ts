/**
 * The curated list of common teledermatology diagnoses the consultant codes an outcome with (issue 5, DESIGN.md §4).
 *
 * Every `code` is a SNOMED CT concept id that was found next to the same meaning in a public source; the comment
 * beside each entry says where. Nothing here was written from memory. Abbreviations used in those comments:
 *
 * - IPS: HL7/fhir-ips `input/fsh/valuesets/ProblemsSnomedCtIpsFreeSet.fsh`, the published expansion of the SNOMED
 *   International Patient Set (IPS Free Set), SNOMED CT International Edition 2022-07-31. The display quoted is the
 *   International Edition preferred term.
 * - DICOM: bvdh/dicom-terminology-in-fhir `input/fsh/ValueSet-dicom-cid-4405-SkinDisorder.fsh` (DICOM CID 4405).
 * - PEDSnet-NEO / PEDSnet-ECZ / PEDSnet-AA: PEDSnet/Variable-Dictionary `conditions/dx_2022_08_MalignancyAndNeoplasm_V1.csv`,
 *   `conditions/dx_2019_10_Eczema_AtopicDermatitis_V1.csv` and `conditions/dx_2021_11_AlopeciaAreata_V1.csv`: OMOP
 *   vocabulary exports listing concept_name beside the SNOMED concept_code.
 *
 * Terms are the preferred term shown by those sources, respelt in UK English where SNOMED's UK edition uses the
 * British spelling (naevus, haemangioma, seborrhoeic). The `layName` carries the everyday name (for example
 * "dermatofibroma", "pilar cyst", "cherry angioma") where the SNOMED term is a more formal synonym.
 */

export type DiagnosisGroup =
  | 'benign lesion'
  | 'premalignant'
  | 'malignant'
  | 'inflammatory'
  | 'infection'
  | 'hair and nails'
  | 'pigmentary'
  | 'vascular'
  | 'other';

export type Leaflet = { title: string; url: string };

export type SuggestedMedicine = {
  name: string;
  strength: string;
  form: string;
  directions: string;
  duration: string;
};

export type Diagnosis = {
  /** SNOMED CT concept id (a disorder or finding concept), as a string of digits. */
  code: string;
  /** The SNOMED CT preferred term (UK English, e.g. "Seborrhoeic keratosis"). */
  term: string;
  /** Plain English for the patient's letter, e.g. "a harmless, warty growth of the skin that is common with age". */
  layName: string;
  /** 1–3 short plain-English sentences, reading age about 9–11, no jargon. */
  layExplanation: string;
  group: DiagnosisGroup;
  /** Suspected malignancy: the outcome screen warns and suggests the urgent pathway. */
  cancer: boolean;
  /**
   * Patient information leaflets: NHS.UK conditions pages and British Association of Dermatologists leaflets, by URL.
   * The defaults: a service's administrators may set their own (plan-templates.ts).
   */
  leaflets: Leaflet[];
  /**
   * The built-in management plan template for the GP, 2–5 sentences, offered for the outcomes `outcomesTemplateFits`
   * gives. A service's administrators may replace it, change the outcomes it is offered for, or retire it
   * (plan-templates.ts).
   */
  planTemplate: string;
  /** A typical first-line medicine the GP could prescribe, only where standard UK practice is clear. */
  suggestedMedicine?: SuggestedMedicine;
};

export const diagnosisSource =
  'SNOMED CT concept ids and terms were taken from public copies of published terminology content and confirmed ' +
  'id by id: the HL7 International Patient Summary implementation guide expansion of the SNOMED International ' +
  'Patient Set (IPS Free Set, SNOMED CT International Edition 31 July 2022; HL7/fhir-ips, ' +
  'input/fsh/valuesets/ProblemsSnomedCtIpsFreeSet.fsh); DICOM context group CID 4405 "Skin Disorder" ' +
  '(bvdh/dicom-terminology-in-fhir); OMOP standardised-vocabulary exports of SNOMED concepts published by PEDSnet ' +
  '(PEDSnet/Variable-Dictionary: malignancy and neoplasm, eczema and atopic dermatitis, and alopecia areata code ' +
  'sets); the SNOMED Global Patient Set concept page for solar lentigo (termhub.atlassian.net SnomedExpo); and, ' +
  'for seborrhoeic keratosis, plaque psoriasis and acne vulgaris, OHDSI vocabulary mapping and concept-set files ' +
  'that agree with independent public ICD-10 to SNOMED CT tables. Terms are the International Edition preferred ' +
  'terms respelt in UK English (naevus, haemangioma, seborrhoeic); patient-facing names are our own plain-English ' +
  'wording, and patient leaflets link to NHS.UK conditions pages. Every id passes the SNOMED CT Verhoeff check.';

const nhs = (title: string, slug: string): Leaflet => ({ title, url: `https://www.nhs.uk/conditions/${slug}/` });

const twoWeekWait =
  'If this is the working diagnosis, refer on the urgent suspected skin cancer pathway (two-week wait) ' +
  'unless the letter says otherwise.';

export const diagnoses: readonly Diagnosis[] = [
  // ── Benign lesions ────────────────────────────────────────────────────────────────────────────────────────
  {
    // OHDSI ICD10 vocabulary refresh (L82 Seborrhoeic keratosis → 394726009); also a public ICD-10/SNOMED table
    // (L82.1 seborrhoeic keratosis → 394726009). Not in the IPS set.
    code: '394726009',
    term: 'Seborrhoeic keratosis',
    layName: 'a harmless, warty growth of the skin that is common with age',
    layExplanation:
      'This is a harmless growth on the surface of the skin. It is very common as people get older and does not turn into cancer. It can be left alone.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [],
    planTemplate:
      'Clinical and dermoscopic features are of a seborrhoeic keratosis, which is benign. No treatment is needed; removal for cosmetic reasons is not routinely funded. If it becomes inflamed, bleeds without trauma or changes in a way that is not typical, please re-refer with new photographs.',
  },
  {
    // IPS: 400010006 "Melanocytic nevus of skin".
    code: '400010006',
    term: 'Melanocytic naevus of skin',
    layName: 'an ordinary mole',
    layExplanation:
      'This is an ordinary mole. Moles are very common and this one looks harmless. Check your moles now and then and tell your GP if one changes shape, size or colour.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [nhs('Moles', 'moles')],
    planTemplate:
      'The features are of a benign melanocytic naevus. No treatment or follow-up is needed. Please advise the patient on sun protection and self-examination using the ABCDE rule, and re-refer if it changes.',
  },
  {
    // IPS: 254818000 "Dysplastic nevus of skin".
    code: '254818000',
    term: 'Dysplastic naevus of skin',
    layName: 'a mole with an unusual look (atypical mole)',
    layExplanation:
      'This is a mole that looks a little unusual. It is not a cancer, but people with moles like this should check their skin and protect it from the sun.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [nhs('Moles', 'moles')],
    planTemplate:
      'This looks like a dysplastic (atypical) naevus without features of melanoma. Please advise sun protection and monthly self-examination, ideally with baseline photographs. If there are many atypical naevi or a strong family history of melanoma, consider referral for mole surveillance. Re-refer urgently if it changes.',
  },
  {
    // IPS: 254750001 "Fibrous histiocytoma of skin" (dermatofibroma).
    code: '254750001',
    term: 'Fibrous histiocytoma of skin',
    layName: 'a dermatofibroma, a harmless firm bump in the skin',
    layExplanation:
      'This is a small, firm bump in the skin, often on the legs. It is harmless and often follows a small injury or insect bite. It can be left alone.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [],
    planTemplate:
      'Clinical and dermoscopic features are of a dermatofibroma (benign fibrous histiocytoma). No treatment is required; excision leaves a scar and is not routinely offered. Re-refer if it grows quickly or changes.',
  },
  {
    // IPS: 201091002 "Skin tag".
    code: '201091002',
    term: 'Skin tag',
    layName: 'a skin tag, a small harmless flap of skin',
    layExplanation:
      'This is a skin tag. It is a small, soft, harmless flap of skin. It does not need treatment unless it catches on clothes.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [nhs('Skin tags', 'skin-tags')],
    planTemplate:
      'This is a benign skin tag (acrochordon). No treatment is needed and removal for cosmetic reasons is not routinely funded. If it is repeatedly traumatised, it can be removed by snip excision or cryotherapy in primary care.',
  },
  {
    // IPS: 254677004 "Trichilemmal cyst" (pilar cyst).
    code: '254677004',
    term: 'Trichilemmal cyst',
    layName: 'a pilar cyst, a harmless lump under the skin of the scalp',
    layExplanation:
      'This is a smooth lump under the skin, usually on the scalp. It is harmless. It only needs removing if it is sore, keeps getting infected or gets in the way.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is a pilar (trichilemmal) cyst, which is benign. No treatment is needed if it is asymptomatic. If it is recurrently inflamed or symptomatic, consider elective excision under local anaesthetic in a community or minor surgery setting.',
  },
  {
    // IPS: 255187008 "Lipoma of skin".
    code: '255187008',
    term: 'Lipoma of skin',
    layName: 'a lipoma, a harmless fatty lump under the skin',
    layExplanation:
      'This is a soft, fatty lump under the skin. It is harmless and grows very slowly. It can be left alone.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [nhs('Lipoma', 'lipoma')],
    planTemplate:
      'The appearance is of a lipoma. No treatment is needed if it is small and soft. If it is larger than 5 cm, deep, fixed, painful or growing rapidly, please arrange an ultrasound scan and refer on the sarcoma pathway as appropriate.',
  },
  {
    // IPS: 238748009 "Sebaceous hyperplasia".
    code: '238748009',
    term: 'Sebaceous hyperplasia',
    layName: 'small harmless oil-gland bumps on the face',
    layExplanation:
      'These are small yellow bumps made by the oil glands in the skin, often on the face. They are harmless and do not need treatment.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [],
    planTemplate:
      'These are sebaceous hyperplasia, which are benign. No treatment is needed and cosmetic treatment is not routinely funded. Re-refer if any lesion ulcerates, bleeds or grows, as the differential includes basal cell carcinoma.',
  },
  {
    // IPS: 254679001 "Milia".
    code: '254679001',
    term: 'Milia',
    layName: 'milia, tiny harmless white spots',
    layExplanation:
      'These are tiny white spots just under the skin. They are harmless and often go away on their own. Please do not squeeze them.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [nhs('Milia', 'milia')],
    planTemplate:
      'These are milia. They are benign and often resolve spontaneously. No treatment is needed; cosmetic removal is not routinely funded.',
  },
  {
    // IPS: 33659008 "Keloid scar".
    code: '33659008',
    term: 'Keloid scar',
    layName: 'a keloid, a raised scar that has grown bigger than the wound',
    layExplanation:
      'This is a raised scar that has grown bigger than the cut or spot that caused it. It is harmless but can itch. Try not to pierce or injure the skin in this area.',
    group: 'benign lesion',
    cancer: false,
    leaflets: [nhs('Keloids', 'keloids')],
    planTemplate:
      'This is a keloid scar. Advise avoiding further skin trauma (piercing, elective surgery) at keloid-prone sites. Silicone gel sheeting may help; if symptomatic, intralesional triamcinolone can be offered in secondary care. Surgical excision alone has a high recurrence rate.',
  },

  // ── Pigmentary ────────────────────────────────────────────────────────────────────────────────────────────
  {
    // termhub.atlassian.net/wiki/spaces/SnomedExpo/pages/28707411/72100002+Solar+lentigo (Global Patient Set).
    code: '72100002',
    term: 'Solar lentigo',
    layName: 'a sun spot (age spot), a harmless flat brown mark',
    layExplanation:
      'This is a flat brown mark caused by years of sun on the skin. It is harmless. Using sun cream can stop new ones from forming.',
    group: 'pigmentary',
    cancer: false,
    leaflets: [],
    planTemplate:
      'The appearance is of a solar lentigo, which is benign. No treatment is needed. Please advise sun protection; re-refer if it becomes irregular, darker in parts or starts to grow, as lentigo maligna is the main differential on the face.',
  },
  {
    // IPS: 56727007 "Vitiligo".
    code: '56727007',
    term: 'Vitiligo',
    layName: 'vitiligo, pale patches where the skin has lost its colour',
    layExplanation:
      'Vitiligo causes pale or white patches where the skin has lost its colour. It is not catching and it is not harmful to your health. Pale patches burn easily, so protect them from the sun.',
    group: 'pigmentary',
    cancer: false,
    leaflets: [nhs('Vitiligo', 'vitiligo')],
    planTemplate:
      'This is vitiligo. Advise high-factor sun protection for depigmented skin and camouflage cosmetics if wanted. For limited non-facial disease a potent topical corticosteroid can be trialled once daily for up to 2 months; facial disease is better treated with a topical calcineurin inhibitor (specialist advice). Consider checking thyroid function.',
  },
  {
    // IPS: 36209000 "Chloasma" (melasma).
    code: '36209000',
    term: 'Chloasma',
    layName: 'melasma, brown patches on the face',
    layExplanation:
      'Melasma causes brown patches, usually on the face. It is harmless. Sunlight makes it darker, so daily sun cream helps it fade.',
    group: 'pigmentary',
    cancer: false,
    leaflets: [nhs('Melasma', 'melasma')],
    planTemplate:
      'The features are of melasma (chloasma). Advise daily broad-spectrum high-factor sunscreen all year and consider whether hormonal contraception is contributing. Cosmetic camouflage can help. Depigmenting treatments are not routinely funded.',
  },
  {
    // IPS: 238699007 "Post-inflammatory hyperpigmentation".
    code: '238699007',
    term: 'Post-inflammatory hyperpigmentation',
    layName: 'dark marks left behind after a rash or spots',
    layExplanation:
      'These are darker marks left on the skin after a rash or spots have healed. They are harmless and usually fade slowly over months. Sun cream helps them fade.',
    group: 'pigmentary',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is post-inflammatory hyperpigmentation. The priority is to treat the underlying dermatosis (for example acne or eczema) to prevent new marks. Advise sun protection; the pigment usually fades over months.',
  },

  // ── Vascular ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    // IPS: 5050001 "Senile angioma" (Campbell de Morgan spot, cherry angioma).
    code: '5050001',
    term: 'Senile angioma',
    layName: 'a cherry angioma (Campbell de Morgan spot), a harmless red spot',
    layExplanation:
      'This is a small bright red spot made of tiny blood vessels. These spots are very common and harmless. They do not need treatment.',
    group: 'vascular',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is a Campbell de Morgan spot (cherry angioma), which is benign. No treatment is needed; cosmetic removal is not routinely funded.',
  },
  {
    // IPS: 39629007 "Pyogenic granuloma of skin".
    code: '39629007',
    term: 'Pyogenic granuloma of skin',
    layName: 'a pyogenic granuloma, a red lump that bleeds easily',
    layExplanation:
      'This is a red lump made of blood vessels that grew quickly and bleeds easily. It is not a cancer. It usually needs a small operation to remove it.',
    group: 'vascular',
    cancer: false,
    leaflets: [],
    planTemplate:
      'The appearance is of a pyogenic granuloma. Please arrange removal by curettage and cautery with histology, as amelanotic melanoma and squamous cell carcinoma can mimic it. If histology is not benign, refer accordingly.',
  },
  {
    // IPS: 400210000 "Hemangioma".
    code: '400210000',
    term: 'Haemangioma',
    layName: 'a haemangioma, a harmless growth of small blood vessels',
    layExplanation:
      'This is a harmless growth made of tiny blood vessels. In babies these marks usually grow for a few months and then slowly shrink away on their own.',
    group: 'vascular',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is a haemangioma. In infants, refer urgently to paediatric dermatology if it is near the eye, nose, lip or airway, ulcerated, large or segmental, or if there are multiple lesions, as early propranolol may be indicated. Otherwise watchful waiting is appropriate.',
  },
  {
    // IPS: 402843003 "Venous lake".
    code: '402843003',
    term: 'Venous lake',
    layName: 'a venous lake, a harmless dark blue spot made of a small vein',
    layExplanation:
      'This is a small soft dark blue spot, often on the lip or ear. It is a widened vein and is harmless.',
    group: 'vascular',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is a venous lake, which is benign; it blanches with pressure. No treatment is needed. Re-refer if it does not blanch or changes, as nodular melanoma is the differential.',
  },

  // ── Premalignant ──────────────────────────────────────────────────────────────────────────────────────────
  {
    // DICOM CID 4405: 201101007 "Actinic keratosis"; IPS: 201101007 "Actinic keratosis".
    code: '201101007',
    term: 'Actinic keratosis',
    layName: 'an actinic keratosis, a rough patch of sun-damaged skin',
    layExplanation:
      'This is a rough, dry patch caused by years of sun on the skin. It is not a cancer, but a few can slowly turn into one, so it is worth treating and protecting your skin from the sun.',
    group: 'premalignant',
    cancer: false,
    leaflets: [nhs('Actinic keratoses (solar keratoses)', 'actinic-keratoses')],
    planTemplate:
      'These are actinic keratoses. Treat with fluorouracil 5% cream (or cryotherapy for a few isolated lesions) and advise strict sun protection. Expect redness and crusting during treatment. Re-refer any lesion that is tender, thickened, rapidly growing or not responding, as it may be a squamous cell carcinoma.',
    suggestedMedicine: {
      name: 'Fluorouracil',
      strength: '5%',
      form: 'cream',
      directions: 'Apply thinly to the affected areas once or twice daily',
      duration: '3 to 4 weeks',
    },
  },
  {
    // IPS: 46795000 "Actinic cheilitis".
    code: '46795000',
    term: 'Actinic cheilitis',
    layName: 'sun damage of the lip',
    layExplanation:
      'The lip has become dry, rough and scaly from years of sun. It is not a cancer, but it should be protected with a lip balm that has sun protection, and checked if a lump or sore appears.',
    group: 'premalignant',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is actinic cheilitis. Advise a lip balm with SPF 30 or above and stopping smoking. Refer on the suspected cancer pathway if there is a persistent ulcer, induration or a nodule, as squamous cell carcinoma of the lip can arise here.',
  },

  // ── Malignant ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    // IPS: 400066006 "Intraepithelial squamous cell carcinoma" (Bowen's disease; squamous cell carcinoma in situ).
    code: '400066006',
    term: 'Intraepithelial squamous cell carcinoma',
    layName: "Bowen's disease, a very early skin cancer that stays in the top layer of skin",
    layExplanation:
      "Bowen's disease is a very early, slow-growing kind of skin cancer that stays in the top layer of the skin. It is very treatable and rarely spreads, but it should be treated.",
    group: 'malignant',
    cancer: true,
    leaflets: [nhs("Bowen's disease", 'bowens-disease')],
    planTemplate:
      "The appearance is of Bowen's disease (squamous cell carcinoma in situ). Small lesions at good healing sites can be treated with fluorouracil 5% cream or cryotherapy; lesions on the lower leg, large or multiple lesions are usually managed in secondary care. Refer on the suspected cancer pathway if any part becomes thickened, nodular or ulcerated. Advise sun protection.",
  },
  {
    // PEDSnet-NEO: 254701007 "Basal cell carcinoma of skin"; IPS: 254701007 "Basal cell carcinoma of skin".
    code: '254701007',
    term: 'Basal cell carcinoma of skin',
    layName: 'a basal cell carcinoma, a common skin cancer that grows slowly',
    layExplanation:
      'This is the most common kind of skin cancer. It grows slowly and almost never spreads to other parts of the body, but it needs treating so it does not damage the skin around it.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Non-melanoma skin cancer', 'non-melanoma-skin-cancer')],
    planTemplate:
      'The appearance is of a basal cell carcinoma. Please refer to the skin cancer service; high-risk features (face, size over 2 cm, recurrent, immunosuppressed patient) need the urgent pathway, otherwise routine referral is appropriate. ' +
      twoWeekWait,
  },
  {
    // PEDSnet-NEO: 716274007 "Nodular basal cell carcinoma of skin".
    code: '716274007',
    term: 'Nodular basal cell carcinoma of skin',
    layName: 'a nodular basal cell carcinoma, a common slow-growing skin cancer that forms a pearly lump',
    layExplanation:
      'This is the most common kind of skin cancer, here forming a shiny lump. It grows slowly and almost never spreads, but it needs treating, usually with a small operation.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Non-melanoma skin cancer', 'non-melanoma-skin-cancer')],
    planTemplate:
      'This is a nodular basal cell carcinoma. Please refer to the skin cancer service for surgical excision (Mohs surgery may be needed on the central face). ' +
      twoWeekWait,
  },
  {
    // PEDSnet-NEO: 403914000 "Superficial basal cell carcinoma".
    code: '403914000',
    term: 'Superficial basal cell carcinoma',
    layName: 'a superficial basal cell carcinoma, a flat, slow-growing skin cancer',
    layExplanation:
      'This is the most common kind of skin cancer, here growing as a flat pink patch. It grows slowly and almost never spreads. It can often be treated with a cream or freezing.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Non-melanoma skin cancer', 'non-melanoma-skin-cancer')],
    planTemplate:
      'This is a superficial basal cell carcinoma. Low-risk lesions on the trunk or limbs can be treated in primary care (with appropriate accreditation) or by the skin cancer service with imiquimod, fluorouracil, photodynamic therapy, curettage or cryotherapy. ' +
      twoWeekWait,
  },
  {
    // PEDSnet-NEO: 254651007 "Squamous cell carcinoma of skin"; IPS: 254651007.
    code: '254651007',
    term: 'Squamous cell carcinoma of skin',
    layName: 'a squamous cell carcinoma, a skin cancer that needs prompt treatment',
    layExplanation:
      'This is a kind of skin cancer that grows in the top layer of the skin. It is usually cured by a small operation, but it should be treated soon because a few can spread.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Non-melanoma skin cancer', 'non-melanoma-skin-cancer')],
    planTemplate:
      'The appearance is of a cutaneous squamous cell carcinoma. Please refer urgently on the suspected skin cancer pathway for excision. ' +
      twoWeekWait,
  },
  {
    // PEDSnet-NEO: 93655004 "Malignant melanoma of skin".
    code: '93655004',
    term: 'Malignant melanoma of skin',
    layName: 'a melanoma, a serious kind of skin cancer',
    layExplanation:
      'A melanoma is a serious kind of skin cancer that starts in the cells that give skin its colour. Finding it early makes a big difference, so you will be seen quickly by a skin cancer team.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Melanoma skin cancer', 'melanoma-skin-cancer')],
    planTemplate:
      'The features are suspicious for melanoma. Please refer urgently on the suspected skin cancer pathway. ' +
      twoWeekWait,
  },
  {
    // PEDSnet-NEO: 302837001 "Lentigo maligna melanoma".
    code: '302837001',
    term: 'Lentigo maligna melanoma',
    layName: 'lentigo maligna melanoma, a kind of melanoma skin cancer found on sun-damaged skin',
    layExplanation:
      'This is a kind of melanoma skin cancer that grows slowly on skin that has had a lot of sun, often on the face. It needs to be seen quickly by a skin cancer team.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Melanoma skin cancer', 'melanoma-skin-cancer')],
    planTemplate:
      'The features are suspicious for lentigo maligna or lentigo maligna melanoma. Please refer urgently on the suspected skin cancer pathway. ' +
      twoWeekWait,
  },
  {
    // PEDSnet-NEO: 254730000 "Superficial spreading malignant melanoma of skin".
    code: '254730000',
    term: 'Superficial spreading malignant melanoma of skin',
    layName: 'a superficial spreading melanoma, the most common kind of melanoma skin cancer',
    layExplanation:
      'This is the most common kind of melanoma, a serious skin cancer. It often starts as a mole that changes. Finding it early makes a big difference, so you will be seen quickly.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Melanoma skin cancer', 'melanoma-skin-cancer')],
    planTemplate:
      'The features are suspicious for melanoma. Please refer urgently on the suspected skin cancer pathway. ' +
      twoWeekWait,
  },
  {
    // PEDSnet-NEO: 254731001 "Nodular malignant melanoma of skin".
    code: '254731001',
    term: 'Nodular malignant melanoma of skin',
    layName: 'a nodular melanoma, a fast-growing kind of melanoma skin cancer',
    layExplanation:
      'This is a kind of melanoma, a serious skin cancer, that grows as a raised lump. It can grow quickly, so you will be seen very soon by a skin cancer team.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Melanoma skin cancer', 'melanoma-skin-cancer')],
    planTemplate:
      'The features are suspicious for nodular melanoma. Please refer urgently on the suspected skin cancer pathway today. ' +
      twoWeekWait,
  },
  {
    // IPS: 253001006 "Merkel cell carcinoma"; PEDSnet-NEO: 253001006 "Merkel cell carcinoma".
    code: '253001006',
    term: 'Merkel cell carcinoma',
    layName: 'a Merkel cell carcinoma, a rare skin cancer that needs urgent treatment',
    layExplanation:
      'This is a rare kind of skin cancer that can grow quickly. It needs to be seen very soon by a skin cancer team.',
    group: 'malignant',
    cancer: true,
    leaflets: [nhs('Non-melanoma skin cancer', 'non-melanoma-skin-cancer')],
    planTemplate:
      'The appearance raises concern for Merkel cell carcinoma (a rapidly growing, firm, red-violet nodule). Please refer urgently on the suspected skin cancer pathway. ' +
      twoWeekWait,
  },

  // ── Inflammatory ──────────────────────────────────────────────────────────────────────────────────────────
  {
    // DICOM CID 4405: 9014002 "Psoriasis".
    code: '9014002',
    term: 'Psoriasis',
    layName: 'psoriasis, a long-term skin condition causing red, scaly patches',
    layExplanation:
      'Psoriasis causes patches of red, flaky skin that come and go. It is not catching. Creams can control it well, and moisturisers help every day.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Psoriasis', 'psoriasis')],
    planTemplate:
      'This is psoriasis. Treat trunk and limb plaques with a potent corticosteroid and a vitamin D analogue applied once daily for up to 4 weeks, then review; continue regular emollients. Ask about joint symptoms (screen with PEST) and assess cardiovascular risk. Refer if extensive, unresponsive to topical treatment or significantly affecting quality of life.',
    suggestedMedicine: {
      name: 'Calcipotriol and betamethasone dipropionate',
      strength: '50 micrograms/g and 500 micrograms/g',
      form: 'gel',
      directions: 'Apply thinly to the plaques once daily',
      duration: '4 weeks, then review',
    },
  },
  {
    // OHDSI Atlas concept-set table: concept 4063431 "Plaque psoriasis", SNOMED 200965009 (public code index); also
    // a public C-CDA problem-code mapping (696.1 / 200965009 plaque psoriasis).
    code: '200965009',
    term: 'Plaque psoriasis',
    layName: 'chronic plaque psoriasis, the most common kind of psoriasis',
    layExplanation:
      'This is the most common kind of psoriasis. It causes thick, red, flaky patches, often on the elbows, knees and lower back. It is not catching and creams can control it well.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Psoriasis', 'psoriasis')],
    planTemplate:
      'This is chronic plaque psoriasis. Use a potent corticosteroid plus a vitamin D analogue once daily for up to 4 weeks, then a vitamin D analogue alone twice daily if needed, with regular emollients. Screen for psoriatic arthritis (PEST) and assess cardiovascular risk. Refer if more than 10% of the body surface is involved or topical treatment fails.',
    suggestedMedicine: {
      name: 'Calcipotriol and betamethasone dipropionate',
      strength: '50 micrograms/g and 500 micrograms/g',
      form: 'gel',
      directions: 'Apply thinly to the plaques once daily',
      duration: '4 weeks, then review',
    },
  },
  {
    // IPS: 37042000 "Guttate psoriasis".
    code: '37042000',
    term: 'Guttate psoriasis',
    layName: 'guttate psoriasis, lots of small red scaly spots, often after a sore throat',
    layExplanation:
      'This kind of psoriasis causes lots of small red, flaky spots. It often starts after a sore throat and usually clears up within a few months.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Psoriasis', 'psoriasis')],
    planTemplate:
      'This is guttate psoriasis, often following streptococcal throat infection. It frequently resolves within 3 to 4 months; use emollients and a vitamin D analogue or a moderate topical corticosteroid for symptomatic areas. Refer for phototherapy if widespread and persistent.',
  },
  {
    // DICOM CID 4405: 24079001 "Atopic dermatitis"; PEDSnet-ECZ: 24079001 "Atopic dermatitis".
    code: '24079001',
    term: 'Atopic dermatitis',
    layName: 'atopic eczema, dry and itchy skin that flares up from time to time',
    layExplanation:
      'Eczema makes the skin dry, itchy and red. It often comes and goes. Using a moisturiser every day and a steroid cream when it flares keeps it under control.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Atopic eczema', 'atopic-eczema')],
    planTemplate:
      'This is atopic eczema. Use a leave-on emollient liberally and frequently, including as a soap substitute, and treat flares with a topical corticosteroid matched to severity and site, applied once or twice daily until 48 hours after the flare settles. Treat any secondary infection. Refer if poorly controlled despite optimal topical treatment.',
    suggestedMedicine: {
      name: 'Clobetasone butyrate',
      strength: '0.05%',
      form: 'cream',
      directions: 'Apply thinly to inflamed areas (not the face) once or twice daily, with an emollient',
      duration: 'Until 48 hours after the flare settles, up to 2 weeks',
    },
  },
  {
    // IPS: 40275004 "Contact dermatitis"; SNOMED template page (confluence.ihtsdotools.org) "< 40275004 |Contact dermatitis (disorder)|".
    code: '40275004',
    term: 'Contact dermatitis',
    layName: 'contact dermatitis, a rash caused by something touching the skin',
    layExplanation:
      'This rash is caused by something that touched your skin and irritated it or caused an allergy. Finding and avoiding the cause is the best way to stop it coming back.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Contact dermatitis', 'contact-dermatitis')],
    planTemplate:
      'This is contact dermatitis (irritant or allergic). Identify and avoid the likely irritants and allergens, use soap substitutes and emollients, and treat with a potent topical corticosteroid once daily for up to 2 weeks. If allergic contact dermatitis is suspected or it persists, refer for patch testing.',
    suggestedMedicine: {
      name: 'Mometasone furoate',
      strength: '0.1%',
      form: 'ointment',
      directions: 'Apply thinly to the affected areas once daily, with an emollient',
      duration: 'Up to 2 weeks',
    },
  },
  {
    // IPS: 238575004 "Allergic contact dermatitis".
    code: '238575004',
    term: 'Allergic contact dermatitis',
    layName: 'allergic contact dermatitis, a skin allergy to something that touches the skin',
    layExplanation:
      'This rash is an allergy to something that touches your skin, such as a metal, perfume or hair dye. A skin patch test can find the cause so that you can avoid it.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Contact dermatitis', 'contact-dermatitis')],
    planTemplate:
      'This is likely allergic contact dermatitis. Please refer for patch testing to identify the allergen. Meanwhile avoid suspected allergens, use emollients and soap substitutes, and apply a potent topical corticosteroid once daily for up to 2 weeks.',
    suggestedMedicine: {
      name: 'Mometasone furoate',
      strength: '0.1%',
      form: 'ointment',
      directions: 'Apply thinly to the affected areas once daily, with an emollient',
      duration: 'Up to 2 weeks',
    },
  },
  {
    // IPS: 50563003 "Seborrheic dermatitis".
    code: '50563003',
    term: 'Seborrhoeic dermatitis',
    layName: 'seborrhoeic dermatitis, a red, flaky rash on oily areas such as the scalp and face',
    layExplanation:
      'This is a common rash that makes the skin red and flaky, often on the scalp, eyebrows and sides of the nose. It comes and goes and is not catching. An anti-yeast cream or shampoo helps.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Seborrhoeic dermatitis', 'seborrhoeic-dermatitis')],
    planTemplate:
      'This is seborrhoeic dermatitis. Treat the face and body with ketoconazole 2% cream and the scalp with ketoconazole 2% shampoo twice weekly; a short course of a mild topical corticosteroid can settle flares. Explain that it is relapsing and treatment may need repeating.',
    suggestedMedicine: {
      name: 'Ketoconazole',
      strength: '2%',
      form: 'cream',
      directions: 'Apply to the affected skin once or twice daily',
      duration: '2 to 4 weeks',
    },
  },
  {
    // IPS: 156329007 "Seborrheic dermatitis of scalp".
    code: '156329007',
    term: 'Seborrhoeic dermatitis of scalp',
    layName: 'seborrhoeic dermatitis of the scalp, a flaky and itchy scalp (severe dandruff)',
    layExplanation:
      'This makes the scalp flaky, red and itchy, like severe dandruff. It is not catching. Washing with an anti-yeast shampoo twice a week usually helps.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Seborrhoeic dermatitis', 'seborrhoeic-dermatitis')],
    planTemplate:
      'This is scalp seborrhoeic dermatitis. Use ketoconazole 2% shampoo twice weekly for 2 to 4 weeks, then weekly to prevent relapse. If thick scale persists, consider a descaling preparation or a short course of a potent corticosteroid scalp application.',
    suggestedMedicine: {
      name: 'Ketoconazole',
      strength: '2%',
      form: 'shampoo',
      directions: 'Wash the scalp, leave on for 3 to 5 minutes, then rinse; twice a week',
      duration: '2 to 4 weeks, then once a week to prevent relapse',
    },
  },
  {
    // PEDSnet-ECZ: 81418003 "Nummular eczema" (discoid eczema).
    code: '81418003',
    term: 'Nummular eczema',
    layName: 'discoid eczema, round patches of itchy eczema',
    layExplanation:
      'This kind of eczema causes round, itchy patches that can weep or crust. It is not catching. A strong steroid cream and a daily moisturiser usually control it.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Discoid eczema', 'discoid-eczema')],
    planTemplate:
      'This is discoid (nummular) eczema. Treat with a potent topical corticosteroid once daily for 2 to 4 weeks with regular emollients and soap substitutes. If patches are weeping or crusted, consider secondary bacterial infection. Refer if it does not respond.',
    suggestedMedicine: {
      name: 'Mometasone furoate',
      strength: '0.1%',
      form: 'ointment',
      directions: 'Apply thinly to the patches once daily, with an emollient',
      duration: '2 to 4 weeks',
    },
  },
  {
    // IPS: 238539001 "Hand eczema"; PEDSnet-ECZ: 238539001 "Hand eczema".
    code: '238539001',
    term: 'Hand eczema',
    layName: 'hand eczema, dry, cracked and itchy skin on the hands',
    layExplanation:
      'This is eczema on the hands. It makes the skin dry, sore and cracked. Using a moisturiser often, wearing gloves for wet work and a steroid ointment will help.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Contact dermatitis', 'contact-dermatitis')],
    planTemplate:
      'This is hand eczema. Advise frequent emollients, soap substitutes and protective gloves for wet work, and treat with a potent topical corticosteroid once daily for 2 to 4 weeks. Consider irritant and allergic causes (including occupational); refer for patch testing if it persists.',
    suggestedMedicine: {
      name: 'Mometasone furoate',
      strength: '0.1%',
      form: 'ointment',
      directions: 'Apply thinly to the affected skin once daily, with an emollient',
      duration: '2 to 4 weeks',
    },
  },
  {
    // PEDSnet-ECZ: 402567004 "Vesicular eczema of hands and/or feet" (pompholyx).
    code: '402567004',
    term: 'Vesicular eczema of hands and/or feet',
    layName: 'pompholyx, eczema with small itchy blisters on the hands or feet',
    layExplanation:
      'This kind of eczema causes tiny, very itchy blisters on the palms, fingers or soles. It often comes and goes. A strong steroid cream and soaks can settle it.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Pompholyx', 'pompholyx')],
    planTemplate:
      'This is pompholyx (dyshidrotic eczema). Treat with a potent topical corticosteroid once daily for up to 2 weeks, with emollients; potassium permanganate soaks can help weeping blisters. Look for fungal infection of the feet and consider contact allergy. Refer if severe or recurrent.',
    suggestedMedicine: {
      name: 'Mometasone furoate',
      strength: '0.1%',
      form: 'ointment',
      directions: 'Apply thinly to the affected skin once daily, with an emollient',
      duration: 'Up to 2 weeks',
    },
  },
  {
    // PEDSnet-ECZ: 366362000 "Varicose eczema" (stasis eczema).
    code: '366362000',
    term: 'Varicose eczema',
    layName: 'varicose eczema, itchy and inflamed skin on the lower legs caused by poor blood flow in the veins',
    layExplanation:
      'This eczema affects the lower legs when the veins do not carry blood back up well. Moisturisers, a steroid cream when it flares, raising your legs and compression stockings all help.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Varicose eczema', 'varicose-eczema')],
    planTemplate:
      'This is varicose (venous stasis) eczema. Use emollients and a moderate or potent topical corticosteroid for flares, advise leg elevation, and consider compression hosiery once an ABPI has excluded significant arterial disease. Refer to vascular services if there are symptomatic varicose veins, skin changes or ulceration.',
    suggestedMedicine: {
      name: 'Clobetasone butyrate',
      strength: '0.05%',
      form: 'ointment',
      directions: 'Apply thinly to the inflamed skin once or twice daily, with an emollient',
      duration: 'Up to 2 weeks',
    },
  },
  {
    // PEDSnet-ECZ: 53891004 "Lichen simplex chronicus".
    code: '53891004',
    term: 'Lichen simplex chronicus',
    layName: 'lichen simplex, a thick, itchy patch caused by scratching',
    layExplanation:
      'This is a patch of thick, leathery skin caused by rubbing or scratching the same place again and again. Breaking the itch-scratch habit and a strong steroid cream help it heal.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is lichen simplex chronicus. Treat with a potent topical corticosteroid once daily for 2 to 4 weeks (under occlusion if thick) with emollients, and explain the itch-scratch cycle. Look for an underlying cause of itch such as eczema, and consider stress and sleep.',
    suggestedMedicine: {
      name: 'Mometasone furoate',
      strength: '0.1%',
      form: 'ointment',
      directions: 'Apply thinly to the patch once daily',
      duration: '2 to 4 weeks',
    },
  },
  {
    // IPS: 201077008 "Asteatotic eczema"; PEDSnet-ECZ: 201077008.
    code: '201077008',
    term: 'Asteatotic eczema',
    layName: 'asteatotic eczema, very dry, cracked skin, usually on the legs',
    layExplanation:
      'The skin has become very dry and cracked, like a dry riverbed, usually on the legs. It is common as people get older. Using a thick moisturiser every day and avoiding soap helps.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is asteatotic eczema (eczema craquelé). Advise liberal greasy emollients at least twice daily, soap substitutes and avoiding hot baths. A mild to moderate topical corticosteroid can settle inflamed areas for 1 to 2 weeks.',
  },
  {
    // Public ICD-10 to SNOMED CT tables agree: L70.0 acne vulgaris → 88616000 (also UMLS C0001144 → 88616000). Not in IPS.
    code: '88616000',
    term: 'Acne vulgaris',
    layName: 'acne, spots and blocked pores on the face, chest or back',
    layExplanation:
      'Acne causes spots, blackheads and sometimes painful lumps. It is very common and not caused by poor washing. Treatments take about 2 to 3 months to work, so keep going.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Acne', 'acne')],
    planTemplate:
      'This is acne vulgaris. Start a 12-week course of a fixed-combination topical such as adapalene with benzoyl peroxide once daily; for moderate to severe acne add oral lymecycline or doxycycline for up to 3 months alongside the topical. Review at 12 weeks. Refer if there is scarring, nodulocystic disease or no response to two courses.',
    suggestedMedicine: {
      name: 'Adapalene and benzoyl peroxide',
      strength: '0.1% and 2.5%',
      form: 'gel',
      directions: 'Apply a thin layer to the whole affected area once daily in the evening',
      duration: '12 weeks, then review',
    },
  },
  {
    // DICOM CID 4405: 398909004 "Rosacea"; IPS: 398909004 "Rosacea".
    code: '398909004',
    term: 'Rosacea',
    layName: 'rosacea, redness and spots on the face that come and go',
    layExplanation:
      'Rosacea causes redness, flushing and sometimes spots on the cheeks, nose and forehead. It is common and not catching. Avoiding triggers such as hot drinks, alcohol and sun, and using a cream, helps.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Rosacea', 'rosacea')],
    planTemplate:
      'This is rosacea. For papules and pustules use topical ivermectin 1% cream once daily (or metronidazole 0.75% gel twice daily); add oral doxycycline 40 mg modified-release daily if moderate to severe. Advise trigger avoidance and daily sun protection. Ask about eye symptoms.',
    suggestedMedicine: {
      name: 'Ivermectin',
      strength: '1%',
      form: 'cream',
      directions: 'Apply a thin layer to the face once daily',
      duration: 'Up to 4 months',
    },
  },
  {
    // IPS: 238751002 "Perioral dermatitis".
    code: '238751002',
    term: 'Perioral dermatitis',
    layName: 'perioral dermatitis, a rash of small red bumps around the mouth',
    layExplanation:
      'This is a rash of small red bumps around the mouth, nose or eyes. Steroid creams make it worse, so stop using them. It settles with treatment but can take several weeks.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is perioral dermatitis. Stop all topical corticosteroids and heavy cosmetics (expect a temporary flare). For mild cases use topical metronidazole 0.75% gel twice daily; if more extensive, add oral lymecycline or doxycycline for 6 to 8 weeks.',
    suggestedMedicine: {
      name: 'Metronidazole',
      strength: '0.75%',
      form: 'gel',
      directions: 'Apply thinly to the affected skin twice daily',
      duration: '6 to 8 weeks',
    },
  },
  {
    // IPS: 59393003 "Hidradenitis suppurativa".
    code: '59393003',
    term: 'Hidradenitis suppurativa',
    layName: 'hidradenitis suppurativa, painful lumps and boils in the armpits, groin or under the breasts',
    layExplanation:
      'This long-term condition causes painful lumps and boils in skin folds such as the armpits and groin. It is not caused by poor hygiene and is not catching. Treatment can reduce flares.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Hidradenitis suppurativa', 'hidradenitis-suppurativa')],
    planTemplate:
      'This is hidradenitis suppurativa. Advise weight loss and stopping smoking where relevant, antiseptic washes and analgesia. Start a 12-week course of a tetracycline (for example lymecycline 408 mg daily) and review. Refer to dermatology if moderate to severe, scarring, or not responding.',
    suggestedMedicine: {
      name: 'Lymecycline',
      strength: '408 mg',
      form: 'capsules',
      directions: 'Take one capsule once daily',
      duration: '12 weeks, then review',
    },
  },
  {
    // IPS: 4776004 "Lichen planus".
    code: '4776004',
    term: 'Lichen planus',
    layName: 'lichen planus, an itchy rash of small purple-red bumps',
    layExplanation:
      'This causes itchy, flat, purple-red bumps on the skin, and sometimes white lace-like patches inside the mouth. It is not catching and often settles within a year or two.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Lichen planus', 'lichen-planus')],
    planTemplate:
      'This is lichen planus. Treat itchy skin lesions with a potent topical corticosteroid once daily for 2 to 4 weeks and emollients. Check for oral and genital involvement, review medications that can cause lichenoid eruptions, and refer if widespread, erosive or mucosal.',
  },
  {
    // IPS: 77252004 "Pityriasis rosea".
    code: '77252004',
    term: 'Pityriasis rosea',
    layName: 'pityriasis rosea, a temporary rash of pink, scaly patches',
    layExplanation:
      'This is a common rash that usually starts with one larger patch, followed by many smaller pink patches. It is harmless, not catching and goes away on its own in a few weeks.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Pityriasis rosea', 'pityriasis-rosea')],
    planTemplate:
      'This is pityriasis rosea. It is self-limiting over 6 to 12 weeks; emollients, an antihistamine or a mild to moderate topical corticosteroid can help itch. If atypical or the patient is pregnant, consider syphilis serology and seek advice.',
  },
  {
    // IPS: 65508009 "Granuloma annulare".
    code: '65508009',
    term: 'Granuloma annulare',
    layName: 'granuloma annulare, a harmless ring-shaped rash',
    layExplanation:
      'This is a harmless rash of small bumps that form a ring, often on the hands or feet. It is not catching and usually goes away on its own, though this can take months or years.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Granuloma annulare', 'granuloma-annulare')],
    planTemplate:
      'This is localised granuloma annulare, which is benign and usually resolves spontaneously within 2 years. No treatment is needed; a potent topical corticosteroid can be tried for symptomatic lesions. Refer if generalised.',
  },
  {
    // IPS: 200938002 "Discoid lupus erythematosus".
    code: '200938002',
    term: 'Discoid lupus erythematosus',
    layName: 'discoid lupus, a skin condition that causes scaly, scarring patches',
    layExplanation:
      'Discoid lupus causes red, scaly patches, often on the face, ears or scalp, which can leave scars. Sunlight makes it worse, so protect your skin from the sun. It needs treatment from the skin team.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [],
    planTemplate:
      'The appearance is of discoid lupus erythematosus. Please refer routinely to dermatology for confirmation and treatment (potent topical corticosteroids, hydroxychloroquine). Advise strict photoprotection and stopping smoking; check ANA, full blood count and urinalysis for systemic disease.',
  },
  {
    // IPS: 77090002 "Bullous pemphigoid".
    code: '77090002',
    term: 'Bullous pemphigoid',
    layName: 'bullous pemphigoid, a condition that causes itchy blisters',
    layExplanation:
      'This condition causes very itchy skin and large blisters, usually in older people. It is not catching. It needs treatment from the skin team to settle it.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Pemphigoid', 'pemphigoid')],
    planTemplate:
      'The features are suggestive of bullous pemphigoid. Please refer urgently to dermatology for biopsy and treatment; if blistering is widespread or the patient is unwell, arrange same-day assessment. Review recent medicines (for example DPP-4 inhibitors).',
  },
  {
    // IPS: 402408009 "Acute urticaria".
    code: '402408009',
    term: 'Acute urticaria',
    layName: 'hives (acute urticaria), an itchy rash of raised welts',
    layExplanation:
      'Hives are itchy, raised welts that come and go, each one lasting less than a day. This bout is short-lived and usually settles within six weeks. An antihistamine tablet helps.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Hives', 'hives')],
    planTemplate:
      'This is acute urticaria. Treat with a non-sedating antihistamine such as cetirizine 10 mg daily until it settles, and avoid any identified trigger. Seek urgent help if there is angioedema of the tongue or throat, or breathing difficulty.',
    suggestedMedicine: {
      name: 'Cetirizine hydrochloride',
      strength: '10 mg',
      form: 'tablets',
      directions: 'Take one tablet once daily',
      duration: 'Until the rash has settled, up to 6 weeks',
    },
  },
  {
    // IPS: 51611005 "Chronic urticaria" (chronic spontaneous urticaria).
    code: '51611005',
    term: 'Chronic urticaria',
    layName: 'chronic hives (chronic urticaria), itchy welts that keep coming back',
    layExplanation:
      'Hives are itchy, raised welts that come and go. When they keep coming back for more than six weeks, there is usually no outside cause. Taking an antihistamine every day keeps them under control.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Hives', 'hives')],
    planTemplate:
      'This is chronic spontaneous urticaria. Prescribe a regular non-sedating antihistamine daily; if not controlled after 2 to 4 weeks, the dose can be increased up to four times the licensed dose. Review NSAIDs and codeine. Refer if uncontrolled on high-dose antihistamines.',
    suggestedMedicine: {
      name: 'Cetirizine hydrochloride',
      strength: '10 mg',
      form: 'tablets',
      directions: 'Take one tablet once daily, every day',
      duration: '6 weeks, then review',
    },
  },
  {
    // IPS: 36715001 "Erythema multiforme".
    code: '36715001',
    term: 'Erythema multiforme',
    layName: 'erythema multiforme, a rash of target-shaped spots, often after a cold sore',
    layExplanation:
      'This rash causes round red spots that look like targets, often on the hands and feet. It is usually set off by a cold sore or another infection and settles within a few weeks.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is erythema multiforme, most often triggered by herpes simplex. Treat symptomatically with emollients, antihistamines and a topical corticosteroid. Seek same-day advice if mucosal involvement is marked, skin is blistering or the patient is unwell, to exclude Stevens-Johnson syndrome.',
  },
  {
    // IPS: 238525001 "Polymorphous light eruption".
    code: '238525001',
    term: 'Polymorphous light eruption',
    layName: 'polymorphic light eruption, an itchy rash caused by sunlight',
    layExplanation:
      'This is an itchy rash that appears a few hours after the skin is in strong sunlight, usually in spring and summer. Using sun cream and covering up helps to prevent it.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is polymorphic light eruption. Advise photoprotection with clothing and broad-spectrum high-factor sunscreen, and gradual sun exposure in spring. A short course of a potent topical corticosteroid helps flares. Refer if severe, for consideration of prophylactic phototherapy.',
  },
  {
    // IPS: 58759008 "Intertrigo".
    code: '58759008',
    term: 'Intertrigo',
    layName: 'intertrigo, a sore, red rash in skin folds',
    layExplanation:
      'This is a red, sore rash where skin rubs against skin, such as under the breasts or in the groin. Keeping the area clean and dry helps it to heal.',
    group: 'inflammatory',
    cancer: false,
    leaflets: [nhs('Intertrigo', 'intertrigo')],
    planTemplate:
      'This is intertrigo. Advise keeping folds clean and dry and using a barrier preparation. Treat secondary candida with a topical imidazole, and bacterial infection if present; a mild topical corticosteroid may be combined for a short time.',
  },

  // ── Infection ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    // IPS: 57019003 "Verruca vulgaris".
    code: '57019003',
    term: 'Verruca vulgaris',
    layName: 'a common wart',
    layExplanation:
      'A wart is a small rough lump caused by a virus. Warts are harmless and most go away by themselves within a year or two. Treatments from a chemist can speed this up.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Warts and verrucas', 'warts-and-verrucas')],
    planTemplate:
      'This is a viral wart. Most resolve spontaneously; if treatment is wanted, use salicylic acid daily for up to 12 weeks, or cryotherapy. Re-refer if atypical, in an immunosuppressed patient, or if a lesion on the hand or face in an older person is growing, as squamous cell carcinoma is the differential.',
    suggestedMedicine: {
      name: 'Salicylic acid',
      strength: '26%',
      form: 'cutaneous solution',
      directions: 'After soaking and filing the wart, apply once daily, avoiding the surrounding skin',
      duration: 'Up to 12 weeks',
    },
  },
  {
    // IPS: 63440008 "Verruca plantaris".
    code: '63440008',
    term: 'Verruca plantaris',
    layName: 'a verruca, a wart on the sole of the foot',
    layExplanation:
      'A verruca is a wart on the sole of the foot caused by a virus. It is harmless and usually goes away on its own, though it can take a year or two.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Warts and verrucas', 'warts-and-verrucas')],
    planTemplate:
      'This is a plantar wart (verruca). Most resolve spontaneously; if painful, use salicylic acid daily for up to 12 weeks with regular paring. Re-refer if pigmented, bleeding or not typical, as acral melanoma is the differential.',
    suggestedMedicine: {
      name: 'Salicylic acid',
      strength: '26%',
      form: 'cutaneous solution',
      directions: 'After soaking and filing the verruca, apply once daily, avoiding the surrounding skin',
      duration: 'Up to 12 weeks',
    },
  },
  {
    // IPS: 40070004 "Molluscum contagiosum infection".
    code: '40070004',
    term: 'Molluscum contagiosum infection',
    layName: 'molluscum contagiosum, small harmless bumps caused by a virus',
    layExplanation:
      'These are small, pearly bumps caused by a common virus. They are harmless and go away on their own, usually within 18 months. Try not to scratch or squeeze them.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Molluscum contagiosum', 'molluscum-contagiosum')],
    planTemplate:
      'This is molluscum contagiosum. It is self-limiting and treatment is not usually recommended; treat any associated eczema. Children do not need to stay off school. Refer if eyelid lesions with red eye, or in immunosuppressed adults.',
  },
  {
    // IPS: 84849002 "Tinea corporis".
    code: '84849002',
    term: 'Tinea corporis',
    layName: 'ringworm, a fungal skin infection',
    layExplanation:
      'Ringworm is a common fungal infection of the skin that causes a red, scaly ring. It is not caused by a worm. An antifungal cream usually clears it within a few weeks.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Ringworm', 'ringworm')],
    planTemplate:
      'This is tinea corporis. Treat with a topical antifungal (for example clotrimazole 1% cream) and continue for 2 weeks after the rash has cleared. Avoid topical corticosteroids. If extensive or not responding, send skin scrapings for mycology before considering oral terbinafine.',
    suggestedMedicine: {
      name: 'Clotrimazole',
      strength: '1%',
      form: 'cream',
      directions: 'Apply thinly to the rash and surrounding skin two to three times daily',
      duration: 'Continue for 2 weeks after the rash has cleared',
    },
  },
  {
    // IPS: 6020002 "Tinea pedis".
    code: '6020002',
    term: 'Tinea pedis',
    layName: "athlete's foot, a fungal infection of the skin of the feet",
    layExplanation:
      "Athlete's foot is a common fungal infection that makes the skin between the toes itchy, flaky and cracked. An antifungal cream and keeping your feet dry will clear it.",
    group: 'infection',
    cancer: false,
    leaflets: [nhs("Athlete's foot", 'athletes-foot')],
    planTemplate:
      'This is tinea pedis. Treat with topical terbinafine 1% cream once or twice daily for 1 week (or an imidazole for 4 weeks), and advise keeping the feet dry. Check the toenails for fungal infection.',
    suggestedMedicine: {
      name: 'Terbinafine',
      strength: '1%',
      form: 'cream',
      directions: 'Apply thinly to the affected skin once or twice daily',
      duration: '1 week',
    },
  },
  {
    // IPS: 5441008 "Tinea capitis".
    code: '5441008',
    term: 'Tinea capitis',
    layName: 'scalp ringworm, a fungal infection of the scalp and hair',
    layExplanation:
      'This is a fungal infection of the scalp that can cause scaly patches and hair loss. It needs medicine taken by mouth, and other people at home may need checking.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Ringworm', 'ringworm')],
    planTemplate:
      'This is tinea capitis. Send scalp scrapings and plucked hairs for mycology, then treat with oral antifungal therapy (griseofulvin or terbinafine, depending on the organism and age), seeking advice for children where needed. Screen household contacts and pets. Refer urgently if there is a kerion.',
  },
  {
    // IPS: 399029005 "Tinea cruris".
    code: '399029005',
    term: 'Tinea cruris',
    layName: 'jock itch, a fungal infection of the groin',
    layExplanation:
      'This is a common fungal infection in the groin that causes an itchy red rash. An antifungal cream and keeping the area dry will clear it.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Ringworm', 'ringworm')],
    planTemplate:
      'This is tinea cruris. Treat with a topical antifungal such as clotrimazole 1% cream and continue for 2 weeks after clearance; check and treat the feet as well, as tinea pedis is often the source. Avoid topical corticosteroids.',
    suggestedMedicine: {
      name: 'Clotrimazole',
      strength: '1%',
      form: 'cream',
      directions: 'Apply thinly to the rash two to three times daily',
      duration: 'Continue for 2 weeks after the rash has cleared',
    },
  },
  {
    // IPS: 414941008 "Onychomycosis".
    code: '414941008',
    term: 'Onychomycosis',
    layName: 'a fungal nail infection',
    layExplanation:
      'This is a fungal infection of the nail that makes it thick, discoloured and crumbly. It is harmless but slow to treat. A nail sample can confirm it before tablets are started.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Fungal nail infection', 'fungal-nail-infection')],
    planTemplate:
      'This is likely onychomycosis. Please confirm with nail clippings for mycology before treating. If a dermatophyte is confirmed and treatment is wanted, prescribe oral terbinafine 250 mg daily for 6 weeks (fingernails) or 12 weeks (toenails), checking liver function first.',
    suggestedMedicine: {
      name: 'Terbinafine',
      strength: '250 mg',
      form: 'tablets',
      directions: 'Take one tablet once daily, once mycology has confirmed a dermatophyte',
      duration: '6 weeks for fingernails, 12 weeks for toenails',
    },
  },
  {
    // IPS: 56454009 "Pityriasis versicolor".
    code: '56454009',
    term: 'Pityriasis versicolor',
    layName: 'pityriasis versicolor, a common yeast infection causing patches of lighter or darker skin',
    layExplanation:
      'This is a common, harmless yeast infection that causes patches of lighter or darker skin, often on the chest and back. An anti-yeast shampoo used on the skin clears it, but the colour can take months to even out.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Pityriasis versicolor', 'pityriasis-versicolor')],
    planTemplate:
      'This is pityriasis versicolor. Treat with ketoconazole 2% shampoo applied to the affected skin, left for 5 minutes then rinsed, daily for 5 days. Explain that pigment changes take months to resolve and that it often recurs.',
    suggestedMedicine: {
      name: 'Ketoconazole',
      strength: '2%',
      form: 'shampoo',
      directions: 'Apply to the affected skin, leave for 5 minutes, then rinse; once daily',
      duration: '5 days',
    },
  },
  {
    // IPS: 48277006 "Impetigo".
    code: '48277006',
    term: 'Impetigo',
    layName: 'impetigo, a skin infection causing golden crusted sores',
    layExplanation:
      'Impetigo is a common skin infection that causes sores with a golden crust. It spreads easily, so wash your hands and do not share towels. It clears quickly with treatment.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Impetigo', 'impetigo')],
    planTemplate:
      'This is impetigo. For localised non-bullous impetigo in a well patient, use hydrogen peroxide 1% cream two to three times daily for 5 days; use a topical antibiotic if that is unsuitable, and oral flucloxacillin if widespread or bullous. Advise hygiene and school exclusion until lesions crust or 48 hours after starting antibiotics.',
    suggestedMedicine: {
      name: 'Hydrogen peroxide',
      strength: '1%',
      form: 'cream',
      directions: 'Apply to the sores two to three times daily',
      duration: '5 days',
    },
  },
  {
    // IPS: 128045006 "Cellulitis".
    code: '128045006',
    term: 'Cellulitis',
    layName: 'cellulitis, an infection of the deeper layers of the skin',
    layExplanation:
      'Cellulitis is an infection deeper in the skin that makes it red, hot, swollen and sore. It needs to be checked and treated today. Seek urgent help if you feel very unwell.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Cellulitis', 'cellulitis')],
    planTemplate:
      'This appears to be cellulitis, which is not suitable for store-and-forward teledermatology. Please arrange same-day face-to-face assessment and treat according to local antimicrobial guidance; admit if systemically unwell, rapidly spreading, or periorbital.',
  },
  {
    // IPS: 128869009 "Infestation by Sarcoptes scabiei var hominis" (scabies).
    code: '128869009',
    term: 'Infestation by Sarcoptes scabiei var hominis',
    layName: 'scabies, an itchy rash caused by tiny mites',
    layExplanation:
      'Scabies is caused by tiny mites that burrow into the skin and cause a very itchy rash. Everyone you live with must be treated on the same day, even if they do not itch.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Scabies', 'scabies')],
    planTemplate:
      'This is scabies. Treat the patient and all household and close contacts at the same time with permethrin 5% cream applied to the whole body from the neck down, washed off after 8 to 12 hours, repeated after 7 days. Wash bedding and clothing at 50°C. Itch can persist for up to 4 weeks.',
    suggestedMedicine: {
      name: 'Permethrin',
      strength: '5%',
      form: 'cream',
      directions:
        'Apply to the whole body from the neck down (including under nails), wash off after 8 to 12 hours; repeat after 7 days',
      duration: 'Two applications, one week apart',
    },
  },
  {
    // IPS: 4740000 "Herpes zoster".
    code: '4740000',
    term: 'Herpes zoster',
    layName: 'shingles, a painful blistering rash',
    layExplanation:
      'Shingles is a painful rash with blisters on one side of the body. It is caused by the chickenpox virus waking up again. Avoid contact with pregnant women and babies until the blisters have crusted over.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Shingles', 'shingles')],
    planTemplate:
      'This is herpes zoster. If within 72 hours of onset (or with risk factors such as age over 50, immunosuppression or non-truncal involvement), prescribe oral aciclovir 800 mg five times daily for 7 days, with analgesia. Refer the same day to ophthalmology if the ophthalmic division is involved with eye symptoms.',
    suggestedMedicine: {
      name: 'Aciclovir',
      strength: '800 mg',
      form: 'tablets',
      directions: 'Take one tablet five times daily',
      duration: '7 days',
    },
  },
  {
    // IPS: 88594005 "Herpes simplex".
    code: '88594005',
    term: 'Herpes simplex',
    layName: 'herpes simplex (cold sores), a common virus causing small painful blisters',
    layExplanation:
      'This is a common virus that causes small painful blisters, such as cold sores, which come back from time to time. It spreads by close contact while blisters are present.',
    group: 'infection',
    cancer: false,
    leaflets: [nhs('Cold sores', 'cold-sores')],
    planTemplate:
      'This is herpes simplex infection. For frequent or severe recurrences, consider oral aciclovir (episodic or suppressive). Advise avoiding contact with newborns and people with eczema while lesions are active. Consider eczema herpeticum if there is eczema with punched-out erosions, and arrange urgent assessment.',
  },
  {
    // IPS: 49883006 "Candidiasis of skin".
    code: '49883006',
    term: 'Candidiasis of skin',
    layName: 'a yeast infection of the skin (thrush)',
    layExplanation:
      'This is a yeast infection of the skin, often in warm, moist skin folds. It causes a red, sore rash. An anti-yeast cream and keeping the skin dry will clear it.',
    group: 'infection',
    cancer: false,
    leaflets: [],
    planTemplate:
      'This is cutaneous candidiasis. Treat with a topical imidazole such as clotrimazole 1% cream two to three times daily until 2 weeks after clearance, and keep skin folds dry. Consider checking HbA1c if recurrent.',
    suggestedMedicine: {
      name: 'Clotrimazole',
      strength: '1%',
      form: 'cream',
      directions: 'Apply thinly to the rash two to three times daily',
      duration: 'Continue for 2 weeks after the rash has cleared',
    },
  },

  // ── Hair and nails ────────────────────────────────────────────────────────────────────────────────────────
  {
    // PEDSnet-AA: 68225006 "Alopecia areata".
    code: '68225006',
    term: 'Alopecia areata',
    layName: 'alopecia areata, patches of hair loss',
    layExplanation:
      'This causes round patches of hair loss, usually on the scalp. It happens when the body attacks its own hair roots. The hair often grows back by itself within a year.',
    group: 'hair and nails',
    cancer: false,
    leaflets: [nhs('Hair loss', 'hair-loss')],
    planTemplate:
      'This is alopecia areata. Regrowth often occurs spontaneously within a year, so watchful waiting is reasonable for limited patches; a potent topical corticosteroid can be tried for up to 3 months in adults. Offer wig information and psychological support. Refer if extensive, progressive or in a child.',
  },
  {
    // IPS: 87872006 "Male pattern alopecia" (androgenetic alopecia).
    code: '87872006',
    term: 'Male pattern alopecia',
    layName: 'pattern hair loss (androgenetic alopecia)',
    layExplanation:
      'This is the common, gradual thinning of hair that runs in families. It is harmless. Treatments are not usually available on the NHS.',
    group: 'hair and nails',
    cancer: false,
    leaflets: [nhs('Hair loss', 'hair-loss')],
    planTemplate:
      'This is androgenetic (pattern) alopecia. Reassure; treatments such as topical minoxidil are not available on the NHS for this indication. In women, consider checking ferritin and thyroid function, and look for signs of androgen excess.',
  },
  {
    // IPS: 39479004 "Telogen effluvium".
    code: '39479004',
    term: 'Telogen effluvium',
    layName: 'telogen effluvium, temporary hair shedding',
    layExplanation:
      'This is temporary shedding of hair a few months after an illness, stress, childbirth or a change in medicines. The hair usually grows back within six months without treatment.',
    group: 'hair and nails',
    cancer: false,
    leaflets: [nhs('Hair loss', 'hair-loss')],
    planTemplate:
      'This is telogen effluvium. Look for a trigger 2 to 3 months earlier and check ferritin, thyroid function and vitamin D. Reassure that regrowth is expected within 6 months; re-refer if shedding continues beyond 6 months.',
  },

  // ── Other ─────────────────────────────────────────────────────────────────────────────────────────────────
  {
    // IPS: 427794001 "Primary focal hyperhidrosis".
    code: '427794001',
    term: 'Primary focal hyperhidrosis',
    layName: 'hyperhidrosis, sweating much more than the body needs',
    layExplanation:
      'This means sweating much more than you need to, usually in the armpits, hands or feet. It is not caused by another illness. A strong antiperspirant used at night often helps.',
    group: 'other',
    cancer: false,
    leaflets: [nhs('Excessive sweating (hyperhidrosis)', 'hyperhidrosis')],
    planTemplate:
      'This is primary focal hyperhidrosis. Start aluminium chloride hexahydrate 20% applied at night to dry skin, reducing frequency as it helps. If this fails, refer for iontophoresis (palms and soles) or botulinum toxin (axillae).',
    suggestedMedicine: {
      name: 'Aluminium chloride hexahydrate',
      strength: '20%',
      form: 'cutaneous solution',
      directions: 'Apply to dry skin at night and wash off in the morning; reduce to once or twice weekly as it helps',
      duration: 'Ongoing, review at 4 weeks',
    },
  },
  {
    // IPS: 5132005 "Keratosis pilaris".
    code: '5132005',
    term: 'Keratosis pilaris',
    layName: 'keratosis pilaris, small rough bumps on the upper arms and thighs',
    layExplanation:
      'These are small, rough bumps, usually on the upper arms and thighs. They are harmless, run in families and often get better with age. Moisturisers help the skin feel smoother.',
    group: 'other',
    cancer: false,
    leaflets: [nhs('Keratosis pilaris', 'keratosis-pilaris')],
    planTemplate:
      'This is keratosis pilaris, which is benign. Advise emollients, including those containing urea or salicylic acid, and gentle exfoliation. No further treatment is needed.',
  },
];

export const diagnosisByCode: ReadonlyMap<string, Diagnosis> = new Map(diagnoses.map((d) => [d.code, d]));
