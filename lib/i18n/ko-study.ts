// The study session's strings, apart from ko.ts so that client components can
// import only what they show (lib/i18n/client.ts).

export const koKinds = {
  script: "스크립트",
  steps: "단계",
  qa: "질문",
  followup: "꼬리 질문",
} as const;

/** What the session shows before it ends; the end-of-session summary is in ko-study-summary.ts. */
export const koStudySession = {
  title: "오늘의 학습",
  titleAhead: "미리 학습하기",
  loading: "카드를 불러오는 중…",
  followupOf: (topic: string) => `꼬리 질문 · ${topic}`,
  /** The code and choices a question shows with it, before any answer. */
  given: "문제",
  answer: "답",
  script: "모범 답안",
  tips: "리뷰어 팁",
  stepsLabel: "단계",
  stepsProgress: (n: number, total: number) => `단계 ${n}/${total}`,
  nextStep: "다음 단계",
  showAll: "모두 보기",
  reveal: "답 보기",
  gradeHeading: "얼마나 잘 답했나요?",
  grades: { 1: "다시", 2: "어려움", 3: "알맞음", 4: "쉬움" },
  gradeLabel: (name: string, interval: string) => `${name} · ${interval}`,
  undo: "되돌리기",
  undoing: "되돌리는 중…",
  undone: "되돌렸습니다",
  timer: {
    label: "답변 시간",
    target: (clock: string) => `목표 ${clock}`,
    over: "목표 시간을 넘었습니다",
  },
  record: {
    start: "녹음",
    stop: "녹음 중지",
    starting: "마이크 준비 중…",
    unsupported: "이 브라우저는 녹음을 지원하지 않습니다",
    denied: "마이크 권한이 거부되었습니다",
    noDevice: "마이크를 찾을 수 없습니다",
    error: "녹음을 시작하지 못했습니다. 다시 시도해 주세요.",
    playback: "내 답변 (이 브라우저에만 저장되며 서버로 보내지 않습니다)",
  },
  speech: {
    read: "소리 내어 읽기",
    stop: "읽기 중지",
    unsupported: "이 브라우저는 음성 읽기를 지원하지 않습니다",
    rate: "속도",
    rateValue: (rate: number) => `${rate.toFixed(1)}배`,
  },
  progress: {
    label: "진행 상황",
    learning: "학습 중",
    review: "복습",
    new: "새 카드",
    done: "이번 세션에서 푼 카드",
  },
  shortcuts: {
    title: "단축키",
    reveal: "답 보기 · 다음 단계",
    grade: "채점 (답을 본 뒤)",
    read: "소리 내어 읽기",
    record: "녹음 시작/중지",
    undo: "되돌리기",
  },
  errors: {
    network: "서버에 연결할 수 없습니다. 인터넷 연결을 확인하고 다시 시도해 주세요.",
    server: (status: number) => `요청을 처리하지 못했습니다 (오류 ${status}). 잠시 후 다시 시도해 주세요.`,
    gradeFailed: "채점을 저장하지 못했습니다. 기록은 그대로 있으니 다시 시도해 주세요.",
    loadFailed: "카드를 불러오지 못했습니다.",
    retry: "다시 시도",
  },
} as const;

/** The attempt panel's strings (ko-attempts.ts has the rest). */
export const koAttemptsSession = {
  panel: {
    heading: "내 답변",
    speak: "말하기로 답하기",
    stopSpeaking: "답변 끝내기",
    typeInstead: "입력해서 답하기",
    typedLabel: "답변 입력",
    typedPlaceholder: "말하듯이 답을 입력하세요.",
    submitTyped: "분석하기",
    analyzing: "분석하는 중…",
    listening: "듣는 중… 말을 마치면 답변 끝내기를 누르세요.",
    heard: "들은 내용",
    nothingHeard: "알아들은 말이 없습니다. 다시 말하거나 입력해서 답해 주세요.",
    failed: "답변을 분석하지 못했습니다.",
    retry: "다시 시도",
  },
  recognition: {
    checking: "이 브라우저의 음성 인식을 확인하는 중…",
    onDevice: "기기 안에서 음성을 인식합니다(소리는 밖으로 나가지 않습니다).",
    downloadable: "기기 안 음성 인식(한국어)을 쓰려면 언어 팩을 내려받아야 합니다.",
    install: "한국어 인식 내려받기",
    installing: "언어 팩을 내려받는 중…",
    installFailed: "언어 팩을 내려받지 못했습니다.",
    cloudOnly: "이 브라우저는 클라우드 음성 인식만 지원합니다.",
    cloudNotice: "켜면 답변 소리가 브라우저 제조사의 서버로 전송되어 인식됩니다.",
    cloudOptIn: "클라우드 인식 사용",
    cloudOn: "클라우드 음성 인식 사용 중(소리가 브라우저 제조사로 전송됩니다).",
    cloudOff: "클라우드 인식 끄기",
    none: "이 브라우저에서는 음성 인식을 쓸 수 없습니다. 녹음과 스스로 채점은 그대로 할 수 있고, 답을 입력하면 분석해 드립니다.",
    error: "음성 인식이 중단되었습니다.",
    denied: "마이크 사용이 거부되어 음성 인식을 할 수 없습니다.",
  },
  playback: {
    lastAttempt: "마지막 답변 녹음",
    modelScript: "모범 답안",
  },
} as const;

/** Read-aloud failures and the study page's way back (ko-polish.ts has the rest). */
export const koPolishSession = {
  speech: {
    noVoice: "이 브라우저에는 읽어 줄 음성이 없습니다",
    failed: "음성 읽기에 실패했습니다. 다른 음성을 고르거나 브라우저를 확인해 주세요.",
  },
  study: {
    deckNotFound: "이 덱을 찾을 수 없습니다. 삭제되었거나 주소가 잘못되었습니다.",
    backToToday: "오늘 화면으로",
    toLibrary: "라이브러리에서 덱 고르기",
  },
} as const;
