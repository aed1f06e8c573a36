/** Strings of issue 14 ("daily-use polish"): import safety, read-aloud failures, study layout, first visit, custom study. */
export const koPolish = {
  import: {
    pasteNameHelp: "비워 두면 노트 제목으로 덱을 만듭니다. 같은 이름으로 다시 가져오면 그 덱을 갱신합니다.",
    pasteNamePlaceholder: "예: 운영체제",
    updatesDeck: (title: string) => `기존 덱 ‘${title}’을(를) 갱신합니다.`,
    newDeck: "새 덱을 만듭니다.",
    toArchive: (n: number) => `보관될 카드 ${n}장 (학습 기록은 남고, 라이브러리에서 되살릴 수 있습니다)`,
    changed: (n: number) => `바뀌는 카드 ${n}장`,
    added: (n: number) => `새 카드 ${n}장`,
    before: "이전",
    after: "이후",
    question: "질문",
    answer: "답",
    noCardsWhy: "이 파일은 저장하지 않습니다: 카드를 만들 주제(## 제목)나 질문(Q.)을 찾지 못했습니다. 경고를 확인하고 형식 안내를 참고해 주세요.",
    nothingToSave: "저장할 카드가 없습니다. 카드가 만들어지는 노트만 저장할 수 있습니다.",
    confirmArchive: (n: number) => `위 카드 ${n}장을 보관하는 데 동의합니다`,
    confirmNeeded: "보관될 카드를 확인하고 동의해야 저장할 수 있습니다.",
    exampleTitle: "노트 예시",
    example: "# 운영체제\n\n## 프로세스와 스레드의 차이\n\n### 스크립트\n\n프로세스는 독립된 메모리를 가진 실행 단위이고, 스레드는 프로세스 안에서 메모리를 공유하는 실행 흐름입니다.\n\n### 예상 꼬리 질문\n\n- 스레드가 메모리를 공유해서 생기는 문제는?",
    formatGuide: "노트 형식 안내",
  },
  speech: {
    noVoice: "이 브라우저에는 읽어 줄 음성이 없습니다",
    failed: "음성 읽기에 실패했습니다. 다른 음성을 고르거나 브라우저를 확인해 주세요.",
  },
  study: {
    deckNotFound: "이 덱을 찾을 수 없습니다. 삭제되었거나 주소가 잘못되었습니다.",
    backToToday: "오늘 화면으로",
    toLibrary: "라이브러리에서 덱 고르기",
  },
  settings: {
    followupsPerDay: "하루 꼬리 질문 수",
    followupsPerDayHelp: "통과한 주제의 꼬리 질문은 새 카드 한도와 따로 셉니다.",
    unsavedLeave: "저장하지 않은 설정이 있습니다. 이 페이지를 떠날까요?",
    timezoneSearch: "시간대 검색",
    timezoneSearchPlaceholder: "예: 서울, 뉴욕, Europe",
    browserZone: (label: string) => `${label} — 이 브라우저`,
    noZoneMatch: "검색과 일치하는 시간대가 없습니다.",
  },
  today: {
    documentTitle: "오늘",
    doneToday: "오늘 복습한 카드",
    gradesToday: (n: number) => `채점 ${n}회`,
  },
  welcome: {
    title: "면접 답변을 소리 내어 연습하세요",
    lines: [
      "질문을 보고 답을 소리 내어 말한 뒤, 모범 답안과 비교해 빠뜨린 부분을 확인합니다. 면접관이 이어서 물을 꼬리 질문도 함께 연습합니다.",
      "간격 반복(FSRS)이 각 답변을 잊기 직전에 다시 보여 주므로, 하루 몇 분으로 답변을 오래 기억합니다.",
    ],
    signup: "무료로 시작하기",
    login: "이미 계정이 있어요",
    decksHeading: "기본 덱 둘러보기",
  },
  deck: {
    practice: "가입하고 연습하기",
    practiceHint: "가입하면 이 덱을 소리 내어 연습하고, 복습 일정이 자동으로 잡힙니다.",
  },
  nav: {
    current: "현재 페이지",
  },
} as const;
