import { expect, test } from 'vitest';
import bankJson from '../../questions/bank.json';
import { loadBank } from '../../src/bank/load-bank';
import { levels } from '../../src/bank/schema';
import { score } from '../../src/scoring/score';
import type { ScoringCase } from './scoring-case';

const bank = loadBank(bankJson, 'questions/bank.json');

/** Situations a parent, carer, teacher or youth worker might describe, each scored against questions/bank.json. */
const cases: ScoringCase[] = [
  {
    situation:
      'a parent with a vague worry who answers no throughout and notes a trusted adult, open talk and sport',
    region: 'us',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'school-absences': 'no',
      runaway: 'no',
      hunger: 'no',
      clothing: 'no',
      withdrawal: 'no',
      'older-partner': 'no',
      isolation: 'no',
      gang: 'no',
      'told-exploited': 'no',
      'online-stranger': 'no',
      'explicit-images': 'no',
      'too-good-offer': 'no',
      gifts: 'no',
      phones: 'no',
      'fake-ids': 'no',
      injuries: 'no',
      sti: 'no',
      substances: 'no',
      'prior-abuse': 'no',
      'care-system': 'no',
      housing: 'no',
      'trusted-adult': 'yes',
      'open-talk': 'yes',
      activities: 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'us',
      level: 'none',
      drivers: [],
      guidance: [
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'keep-doing-this',
          reason: {
            type: 'answers',
            questionIds: ['trusted-adult', 'open-talk', 'activities'],
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['us-emergency', 'us-ncmec', 'us-nhth', 'us-988', 'us-trevor'],
    },
  },
  {
    situation: 'a parent with nothing to report beyond a move to a new school',
    region: 'ca',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'school-absences': 'no',
      withdrawal: 'no',
      'online-stranger': 'no',
      'trusted-adult': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'ca',
      level: 'none',
      drivers: [],
      guidance: [
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'keep-doing-this',
          reason: {
            type: 'answers',
            questionIds: ['trusted-adult'],
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['ca-emergency', 'ca-chth', 'ca-khp'],
    },
  },
  {
    situation:
      'a teacher who answers the urgent check no and skips every other question',
    region: 'gb',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'gb',
      level: 'none',
      drivers: [],
      guidance: [
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['gb-emergency', 'gb-nspcc', 'gb-msh', 'gb-childline'],
    },
  },
  {
    situation:
      'a foster carer whose young person is in care and was abused before, with no signs now',
    region: 'au',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'school-absences': 'no',
      runaway: 'no',
      withdrawal: 'no',
      'prior-abuse': 'yes',
      'care-system': 'yes',
      housing: 'no',
      'trusted-adult': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'au',
      level: 'none',
      drivers: [],
      guidance: [
        {
          id: 'tailored-support',
          reason: {
            type: 'answers',
            questionIds: ['prior-abuse', 'care-system'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'keep-doing-this',
          reason: {
            type: 'answers',
            questionIds: ['trusted-adult'],
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['au-emergency', 'au-crimestoppers', 'au-khl'],
    },
  },
  {
    situation:
      'a parent whose child skips school and has dropped their friends and football',
    region: 'us',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'school-absences': 'yes',
      withdrawal: 'yes',
      activities: 'no',
      'open-talk': 'no',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'us',
      level: 'some',
      drivers: [
        {
          topic: 'school-routine',
          answers: [
            {
              questionId: 'school-absences',
              answer: 'yes',
            },
            {
              questionId: 'withdrawal',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: [
        'us-emergency',
        'us-ncmec',
        'us-nhth',
        'us-childhelp',
        'us-988',
        'us-trevor',
      ],
    },
  },
  {
    situation:
      'a parent who is not sure about new online friends, new clothes or a second phone',
    region: 'ca',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'online-stranger': 'unsure',
      gifts: 'unsure',
      phones: 'unsure',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'ca',
      level: 'some',
      drivers: [
        {
          topic: 'online',
          answers: [
            {
              questionId: 'online-stranger',
              answer: 'unsure',
            },
          ],
        },
        {
          topic: 'money-belongings',
          answers: [
            {
              questionId: 'gifts',
              answer: 'unsure',
            },
            {
              questionId: 'phones',
              answer: 'unsure',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'find-out-more',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger', 'gifts', 'phones'],
          },
        },
        {
          id: 'online-safety-talk',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger'],
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger'],
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger', 'gifts'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['ca-emergency', 'ca-chth', 'ca-cybertip', 'ca-khp'],
    },
  },
  {
    situation:
      "a teacher unsure whether a pupil's new friend is much older and is pulling her away from her friends",
    region: 'gb',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'older-partner': 'unsure',
      isolation: 'unsure',
      'open-talk': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'gb',
      level: 'some',
      drivers: [
        {
          topic: 'friends-relationships',
          answers: [
            {
              questionId: 'older-partner',
              answer: 'unsure',
            },
            {
              questionId: 'isolation',
              answer: 'unsure',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'find-out-more',
          reason: {
            type: 'answers',
            questionIds: ['older-partner', 'isolation'],
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'answers',
            questionIds: ['older-partner', 'isolation'],
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'answers',
            questionIds: ['older-partner', 'isolation'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'keep-doing-this',
          reason: {
            type: 'answers',
            questionIds: ['open-talk'],
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['gb-emergency', 'gb-nspcc', 'gb-msh', 'gb-childline'],
    },
  },
  {
    situation:
      'a foster carer whose young person often comes home hungry and dressed wrongly for the weather',
    region: 'au',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      hunger: 'yes',
      clothing: 'yes',
      'care-system': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'au',
      level: 'some',
      drivers: [
        {
          topic: 'school-routine',
          answers: [
            {
              questionId: 'hunger',
              answer: 'yes',
            },
            {
              questionId: 'clothing',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'tailored-support',
          reason: {
            type: 'answers',
            questionIds: ['care-system'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['au-emergency', 'au-crimestoppers', 'au-khl'],
    },
  },
  {
    situation:
      'a youth worker told of a much older boyfriend, in a young person whose family lost their home',
    region: 'nz',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'older-partner': 'yes',
      housing: 'yes',
      'trusted-adult': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'nz',
      level: 'some',
      drivers: [
        {
          topic: 'friends-relationships',
          answers: [
            {
              questionId: 'older-partner',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'some',
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'answers',
            questionIds: ['older-partner'],
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'answers',
            questionIds: ['older-partner'],
          },
        },
        {
          id: 'tailored-support',
          reason: {
            type: 'answers',
            questionIds: ['housing'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'keep-doing-this',
          reason: {
            type: 'answers',
            questionIds: ['trusted-adult'],
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['nz-emergency', 'nz-ot', 'nz-safetotalk', 'nz-youthline'],
    },
  },
  {
    situation:
      'a parent whose child said someone gives them money for sexual pictures',
    region: 'us',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'told-exploited': 'yes',
      'explicit-images': 'yes',
      'open-talk': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'us',
      level: 'high',
      drivers: [
        {
          topic: 'friends-relationships',
          answers: [
            {
              questionId: 'told-exploited',
              answer: 'yes',
            },
          ],
        },
        {
          topic: 'online',
          answers: [
            {
              questionId: 'explicit-images',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'online-safety-talk',
          reason: {
            type: 'answers',
            questionIds: ['explicit-images'],
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'answers',
            questionIds: ['explicit-images'],
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'keep-doing-this',
          reason: {
            type: 'answers',
            questionIds: ['open-talk'],
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: [
        'us-emergency',
        'us-ncmec',
        'us-nhth',
        'us-cybertipline',
        'us-take-it-down',
        'us-childhelp',
        'us-988',
        'us-trevor',
      ],
    },
  },
  {
    situation:
      'a parent whose son has a stranger online offering him a modelling job and hides a second phone',
    region: 'ca',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'online-stranger': 'yes',
      'too-good-offer': 'yes',
      phones: 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'ca',
      level: 'high',
      drivers: [
        {
          topic: 'online',
          answers: [
            {
              questionId: 'online-stranger',
              answer: 'yes',
            },
            {
              questionId: 'too-good-offer',
              answer: 'yes',
            },
          ],
        },
        {
          topic: 'money-belongings',
          answers: [
            {
              questionId: 'phones',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'online-safety-talk',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger', 'too-good-offer'],
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger', 'too-good-offer'],
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['ca-emergency', 'ca-chth', 'ca-cybertip', 'ca-khp'],
    },
  },
  {
    situation:
      'a teacher who learnt a pupil sent sexual images and has unexplained gifts',
    region: 'gb',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      'explicit-images': 'yes',
      gifts: 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'gb',
      level: 'high',
      drivers: [
        {
          topic: 'online',
          answers: [
            {
              questionId: 'explicit-images',
              answer: 'yes',
            },
          ],
        },
        {
          topic: 'money-belongings',
          answers: [
            {
              questionId: 'gifts',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'online-safety-talk',
          reason: {
            type: 'answers',
            questionIds: ['explicit-images'],
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'answers',
            questionIds: ['explicit-images'],
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'answers',
            questionIds: ['gifts'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: [
        'gb-emergency',
        'gb-nspcc',
        'gb-msh',
        'gb-ceop',
        'gb-childline',
      ],
    },
  },
  {
    situation:
      'a carer whose young person keeps running away and comes back with cash and a burner phone',
    region: 'au',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
      runaway: 'yes',
      gifts: 'yes',
      phones: 'yes',
      'care-system': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'au',
      level: 'high',
      drivers: [
        {
          topic: 'school-routine',
          answers: [
            {
              questionId: 'runaway',
              answer: 'yes',
            },
          ],
        },
        {
          topic: 'money-belongings',
          answers: [
            {
              questionId: 'gifts',
              answer: 'yes',
            },
            {
              questionId: 'phones',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'answers',
            questionIds: ['gifts'],
          },
        },
        {
          id: 'tailored-support',
          reason: {
            type: 'answers',
            questionIds: ['care-system'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['au-emergency', 'au-crimestoppers', 'au-khl'],
    },
  },
  {
    situation:
      'a parent who cannot reach their daughter since last night and is not sure she is missing',
    region: 'mx',
    answers: {
      'missing-now': 'unsure',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'mx',
      level: 'high',
      drivers: [
        {
          topic: 'urgent-check',
          answers: [
            {
              questionId: 'missing-now',
              answer: 'unsure',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'missing-child',
          reason: {
            type: 'answers',
            questionIds: ['missing-now'],
          },
        },
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['mx-emergency', 'mx-trata'],
    },
  },
  {
    situation:
      'a parent whose son is being threatened with his images unless he pays',
    region: 'us',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'yes',
      'online-stranger': 'yes',
      'explicit-images': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'us',
      level: 'urgent',
      drivers: [
        {
          topic: 'urgent-check',
          answers: [
            {
              questionId: 'sextortion-now',
              answer: 'yes',
            },
          ],
        },
        {
          topic: 'online',
          answers: [
            {
              questionId: 'online-stranger',
              answer: 'yes',
            },
            {
              questionId: 'explicit-images',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-emergency-now',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'sextortion-steps',
          reason: {
            type: 'answers',
            questionIds: ['sextortion-now'],
          },
        },
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'online-safety-talk',
          reason: {
            type: 'answers',
            questionIds: [
              'sextortion-now',
              'online-stranger',
              'explicit-images',
            ],
          },
        },
        {
          id: 'self-safety-list',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger', 'explicit-images'],
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: [
        'us-emergency',
        'us-ncmec',
        'us-nhth',
        'us-cybertipline',
        'us-take-it-down',
        'us-childhelp',
        'us-988',
        'us-trevor',
      ],
    },
  },
  {
    situation: 'a parent whose child is missing now',
    region: 'ca',
    answers: {
      'missing-now': 'yes',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'ca',
      level: 'urgent',
      drivers: [
        {
          topic: 'urgent-check',
          answers: [
            {
              questionId: 'missing-now',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-emergency-now',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'missing-child',
          reason: {
            type: 'answers',
            questionIds: ['missing-now'],
          },
        },
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['ca-emergency', 'ca-chth', 'ca-khp'],
    },
  },
  {
    situation:
      'a youth worker who hears a young person is being held by someone right now',
    region: 'gb',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'yes',
      'sextortion-now': 'no',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'gb',
      level: 'urgent',
      drivers: [
        {
          topic: 'urgent-check',
          answers: [
            {
              questionId: 'in-danger-now',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-emergency-now',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['gb-emergency', 'gb-nspcc', 'gb-msh', 'gb-childline'],
    },
  },
  {
    situation:
      'a foster carer whose young person is missing tonight after earlier runaways',
    region: 'au',
    answers: {
      'missing-now': 'yes',
      'in-danger-now': 'unsure',
      'sextortion-now': 'no',
      runaway: 'yes',
      'care-system': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'au',
      level: 'urgent',
      drivers: [
        {
          topic: 'urgent-check',
          answers: [
            {
              questionId: 'missing-now',
              answer: 'yes',
            },
            {
              questionId: 'in-danger-now',
              answer: 'unsure',
            },
          ],
        },
        {
          topic: 'school-routine',
          answers: [
            {
              questionId: 'runaway',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-emergency-now',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'missing-child',
          reason: {
            type: 'answers',
            questionIds: ['missing-now'],
          },
        },
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'tailored-support',
          reason: {
            type: 'answers',
            questionIds: ['care-system'],
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: ['au-emergency', 'au-crimestoppers', 'au-khl'],
    },
  },
  {
    situation: 'a region not shipped falls back to the default region',
    region: 'ie',
    answers: {
      'missing-now': 'yes',
    },
    expected: {
      bankVersion: '1.0.0',
      region: 'us',
      level: 'urgent',
      drivers: [
        {
          topic: 'urgent-check',
          answers: [
            {
              questionId: 'missing-now',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-emergency-now',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'missing-child',
          reason: {
            type: 'answers',
            questionIds: ['missing-now'],
          },
        },
        {
          id: 'call-hotline-today',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'how-to-report',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'know-who-they-are-with',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'open-communication',
          reason: {
            type: 'always',
          },
        },
        {
          id: 'protective-factors',
          reason: {
            type: 'always',
          },
        },
      ],
      education: [
        'targeted-tricked-traumatised',
        'who-is-targeted',
        'who-traffickers-are',
      ],
      referrals: [
        'us-emergency',
        'us-ncmec',
        'us-nhth',
        'us-childhelp',
        'us-988',
        'us-trevor',
      ],
    },
  },
];

test.each(cases)(
  '$expected.level in $region: $situation',
  ({ answers, region, expected }) => {
    expect(score(bank, answers, { region })).toEqual(expected);
  },
);

test('the table shows every level in at least three regions', () => {
  const regionsWithEveryLevel = [...new Set(cases.map((c) => c.region))].filter(
    (region) =>
      levels.every((level) =>
        cases.some((c) => c.region === region && c.expected.level === level),
      ),
  );
  expect(regionsWithEveryLevel.length).toBeGreaterThanOrEqual(3);
});
