import { register, t } from '../i18n.js';
import { show, screen, tiles } from '../ui.js';
import { coursesScreen } from './courses.js';
import { enrolmentsScreen, scoresScreen } from './enrolments.js';
import { certificatesScreen } from './certificates.js';
import { eligibilityScreen } from './eligibility.js';

register({
  zh: {
    cgCourses: '找课程报名', cgCoursesText: '按职业、等级、时间筛选培训课程，在线报名。',
    cgMine: '我的课程与学时', cgMineText: '已报名的课程、候补名次、已学学时与标准学时。',
    cgScores: '我的成绩', cgScoresText: '理论考试、技能考核的分数和是否合格。',
    cgCerts: '我的证书', cgCertsText: '查看和下载电子证书（PDF）。',
    cgElig: '我能申报哪些等级', cgEligText: '按申报条件逐级核对，看清每个等级还差什么。',
  },
  en: {
    cgCourses: 'Find a course', cgCoursesText: 'Filter training courses by occupation, level and date; enrol online.',
    cgMine: 'My courses and hours', cgMineText: 'Your courses, waiting-list position, hours attended against the standard hours.',
    cgScores: 'My scores', cgScoresText: 'Theory exam and skill test scores, and whether you passed.',
    cgCerts: 'My certificates', cgCertsText: 'See and download your certificates (PDF).',
    cgElig: 'Which levels can I apply for', cgEligText: 'Each skill level checked against its application conditions, with what is missing.',
  },
});

const tasks = () => [
  ['#/courses', t('cgCourses'), t('cgCoursesText')],
  ['#/mine', t('cgMine'), t('cgMineText')],
  ['#/scores', t('cgScores'), t('cgScoresText')],
  ['#/certificates', t('cgCerts'), t('cgCertsText')],
  ['#/eligibility', t('cgElig'), t('cgEligText')],
];

function home(user) {
  show(screen(t('welcome', { name: user.displayName }), tiles(tasks()), { back: false }));
}

export const role = {
  tasks,
  screens: { '': home, courses: coursesScreen, mine: enrolmentsScreen, scores: scoresScreen, certificates: certificatesScreen,
    eligibility: eligibilityScreen },
};
