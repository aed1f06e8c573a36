/**
 * Labelled development set for the answer analysis: answers written for the
 * purpose (not taken from any source), each with the key points a careful
 * human grader would count as covered. `scripts/analysis-report.ts` prints
 * how the analysis agrees, per entry and per kind of answer.
 */
export type DevKind = "spoken" | "recognition-errors" | "typed" | "omissions";

export interface DevEntry {
  /** Built-in deck file in content/. */
  deck: string;
  /** Start of the card's prompt. */
  prompt: string;
  kind: DevKind;
  transcript: string;
  durationMs: number;
  /** Covered or not, one per key point of the card, in order. */
  labels: boolean[];
}

export const DEV_SET: DevEntry[] = [
  {
    deck: "tcp-handshake.md",
    prompt: "TCP 3 way handshake의 과정",
    kind: "spoken",
    transcript: "음 먼저 클라이언트가 서버로 접속을 요청하는 신을 보내고 어 SYN_SENT 상태가 됩니다. 그 다음에 이제 클라이언트가 애크를 보내고 ESTABLISHED 상태가 되면서 연결이 이루어집니다.",
    durationMs: 20_000,
    labels: [true, false, true],
  },
  {
    deck: "tcp-handshake.md",
    prompt: "TCP 3 way handshake의 과정",
    kind: "recognition-errors",
    transcript: "클라이언트가 써버에 신을 보내고 신 센트 상태가 돼요. 서버는 신을 수신하고 신 애크로 응답하면서 신 리시브드 상태가 되고요. 마지막에 클라이언트가 액을 보내면 이스태블리시드 상태가 됩니다.",
    durationMs: 25_000,
    labels: [true, true, true],
  },
  {
    deck: "tcp-handshake.md",
    prompt: "TCP 4 way handshake의 과정",
    kind: "omissions",
    transcript: "어 클라이언트가 먼저 연결을 종료하겠다고 핀을 전송해요. 그러면 음 서버는 핀을 수신하고 확인했다는 애크를 보내고 CLOSE_WAIT 상태가 되고요, 클라이언트는 FIN_WAIT 상태에서 기다립니다. 마지막으로 클라이언트가 애크를 보내고 타임 웨이트 상태로 잠깐 있다가 클로즈드 상태가 돼요.",
    durationMs: 35_000,
    labels: [true, true, false, true],
  },
  {
    deck: "garbage-collection.md",
    prompt: "가비지 컬렉션의 과정",
    kind: "spoken",
    transcript: "그 새로운 객체는 영 영역의 에덴에 할당되고요, 에덴이 꽉 차면 마이너 GC가 일어나서 살아있는 객체만 서바이버로 복사합니다. 음 그리고 오래 살아남은 객체는 올드 영역으로 옮겨져요.",
    durationMs: 22_000,
    labels: [true, true, false, true, false],
  },
  {
    deck: "url-to-page.md",
    prompt: "브라우저 렌더링 과정을 단계별로",
    kind: "typed",
    transcript: "HTML을 파싱해서 DOM 트리를 만들고 CSS로 CSSOM을 만든 다음 둘을 합쳐 렌더 트리를 만든다. 그리고 레이아웃에서 위치와 크기를 계산하고 페인트한다.",
    durationMs: 40_000,
    labels: [true, true, true, true, true, false],
  },
  {
    deck: "deadlock.md",
    prompt: "데이터베이스 데드락의 과정",
    kind: "omissions",
    transcript: "트랜잭션 A가 1번 행을 수정하면서 배타 잠금을 얻고 트랜잭션 B가 2번 행의 잠금을 얻습니다. 그 다음 A가 2번 행을 수정하려고 기다리고 B도 1번 행 때문에 기다리면서 순환 대기가 생겨요.",
    durationMs: 24_000,
    labels: [true, true, true, true, false],
  },
  {
    deck: "process-vs-thread.md",
    prompt: "컨텍스트 스위칭의 과정",
    kind: "spoken",
    transcript: "음 인터럽트나 시스템 콜로 커널 모드에 들어가면 현재 레지스터랑 프로그램 카운터 같은 상태를 PCB에 저장하고요, 어 스케줄러가 다음 작업을 고르면 저장된 상태를 복원해서 다시 실행합니다.",
    durationMs: 21_000,
    labels: [true, true, true, false, true],
  },
  {
    deck: "garbage-collection.md",
    prompt: "가비지 컬렉션이 필요한 이유",
    kind: "typed",
    transcript: "대부분 객체는 만들어지고 금방 안 쓰이게 돼서 영 영역만 자주 정리하면 적은 비용으로 메모리를 많이 회수할 수 있습니다.",
    durationMs: 30_000,
    labels: [true, false],
  },
  {
    deck: "tcp-handshake.md",
    prompt: "TCP 3 way handshake의 과정",
    kind: "omissions",
    transcript: "음 그러니까 뭐 연결을 만드는 과정이고요 약간 서로 확인하는 거예요.",
    durationMs: 8_000,
    labels: [false, false, false],
  },
];
