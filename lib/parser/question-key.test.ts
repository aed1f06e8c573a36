/** A card's question identity across parser versions: the prompt without its generated request tail, normalised. */
import { describe, expect, it } from "vitest";
import { hasDoubledRequest, questionKey } from "./question-key";

describe("questionKey", () => {
  it.each([
    ["TCP에 대해 설명해 주세요.", "tcp"],
    ["TCP 연결 과정을 단계별로 설명해 주세요.", "tcp연결과정"],
    ["브라우저 렌더링 과정 (화면에 보이는 순서)을 단계별로 설명해 주세요.", "브라우저렌더링과정(화면에보이는순서)"],
    ["브라우저 렌더링 과정 (화면에 보이는 순서)에 대해 설명해 주세요.", "브라우저렌더링과정(화면에보이는순서)"],
    ["스케줄링의 과정을 단계별로 설명해 주세요.", "스케줄링"],
    ["**Q1.** 캐시 적중률이란?", "캐시적중률이란"],
    ["> 4.1 추가질문 : 수정이 잦은 컬럼에 인덱스를 걸면?", "수정이잦은컬럼에인덱스를걸면"],
    ["### Q4 (Cross). 락과 커넥션 풀은 어떻게 연결되나요?", "락과커넥션풀은어떻게연결되나요"],
    ["**< 스레드라는 개념은 왜 생겼는가 >**", "스레드라는개념은왜생겼는가"],
    ["**[Q. 왜 2way가 아니라 3way일까?]**", "왜2way가아니라3way일까"],
    ["- REST API가 무엇인지 설명하세요. https://video.example.com/rest  ,    - https://docs.example.com/rest", "restapi가무엇인지설명하세요"],
    ["웹 통신의 흐름: https://www.example.com/ 을 접속할 때 일어나는 일", "웹통신의흐름:https://www.example.com/을접속할때일어나는일"],
    ["<summary><b>캐시란?</b></summary>", "캐시란"],
    ["#### → 그럼 캐시가 가득 차면 어떻게 하나요?", "그럼캐시가가득차면어떻게하나요"],
    ["## (꼬리질문) DNS란 무엇인가요?", "dns란무엇인가요"],
    ["> ### 💁🏻‍♂️ : MVVM 패턴에 대해 설명해주세요", "mvvm패턴"],
    ["🏻 : MVVM 패턴에 대해 설명해주세요", "mvvm패턴"],
    ["- ↳ 교체 정책은 무엇이 있나요?", "교체정책은무엇이있나요"],
    ["# Q. HTTPS는 무엇인가요 (⭐⭐)", "https는무엇인가요"],
    ["### 모니터에 대해 설명해주세요 \\*\\*\\*", "모니터에대해설명해주세요"],
    ["#### 스와핑을 설명해주세요.-- 보충 필요", "스와핑을설명해주세요"],
    ['- "HTTP/3는 왜 UDP(QUIC)를 사용하나요?"', "http/3는왜udp(quic)를사용하나요"],
    ["***“브라우저가 어떻게 동작하는지 아세요?”***", "브라우저가어떻게동작하는지아세요"],
    ['"A"와 "B"의 차이는?', '"a"와"b"의차이는'],
    ["### Pro Tips for Mastery: LiveData의 setValue()와 postValue()의 차이는?", "livedata의setvalue()와postvalue()의차이는"],
    ["보너스 질문: 캐시 스탬피드란?", "캐시스탬피드란"],
    ["## 🎯 공통 질문: 브라우저와 서버는 어떻게 통신하나요?", "브라우저와서버는어떻게통신하나요"],
    ["### Q3. static let이 thread-safe한 이유는? `[심화 / 빈출]`", "staticlet이thread-safe한이유는"],
    ["원시(기본)형과 참조형의 차이는?", "원시(기본)형과참조형의차이는"],
    ["## 2. 캐시 지역성이란? (Lv0)", "캐시지역성이란"],
    ["### Read Committed (레벨 1)", "readcommitted(레벨1)"],
    ["#### 🔗🔗 슬기's 꼬리의 꼬리의 꼬리질문: 뮤텍스란?", "뮤텍스란"],
    ["::: tip 벡터와 ArrayList의 차이점", "벡터와arraylist의차이점"],
    ["### (참고) QUIC 프로토콜", "quic프로토콜"],
  ])("%s → %s", (prompt, key) => {
    expect(questionKey(prompt)).toBe(key);
  });

  it("a procedure asked once is not a doubled request; a request asked twice is", () => {
    expect(hasDoubledRequest("브라우저 렌더링 과정 (화면에 보이는 순서)을 단계별로 설명해 주세요.")).toBe(false);
    expect(hasDoubledRequest("렌더링 과정을 설명해주세요에 대해 설명해 주세요.")).toBe(true);
    expect(hasDoubledRequest("GC가 무엇인가요? 렌더링 과정을 설명해주세요에 대해 설명해 주세요.")).toBe(true);
  });

  it("two requests the author wrote as two sentences are not a doubled request", () => {
    expect(hasDoubledRequest("가비지 컬렉션에 대해 설명해주세요. 가비지 컬렉션 과정에 대해 설명해주세요.")).toBe(false);
    expect(hasDoubledRequest("캐시란 무엇인가요? 캐시 교체 정책에 대해 설명해주세요.")).toBe(false);
    // (…while the tail the parser writes after a request is a doubled request, wherever the request stands)
    expect(hasDoubledRequest("캐시를 설명해주세요. LRU 포함에 대해 설명해 주세요.")).toBe(true);
  });

  it("a claim heading's prompt keeps the key the older \"…에 대해\" prompt had, so a re-import keeps its card's history", () => {
    expect(questionKey("“TCP/IP는 도청 가능한 네트워크이다”라는 말을 설명해 주세요.")).toBe(questionKey("TCP/IP는 도청 가능한 네트워크이다에 대해 설명해 주세요."));
    expect(questionKey("“TCP/IP는 도청 가능한 네트워크이다”라는 말을 설명해 주세요.")).toBe("tcp/ip는도청가능한네트워크이다");
    expect(hasDoubledRequest("“정규화가 필요하다”라는 말을 설명해 주세요.")).toBe(false);
  });
});

describe("the key of a question marked \"Question 7.\"", () => {
  it("drops the marker as it drops \"Q7.\"; \"Question:\" with no number stays a word of the question", () => {
    expect(questionKey("Question 7. 함수 표현식과 선언식의 차이")).toBe(questionKey("Q7. 함수 표현식과 선언식의 차이"));
    expect(questionKey("question 12) 트랜잭션 격리 수준")).toBe(questionKey("트랜잭션 격리 수준"));
    expect(questionKey("Question: what is a closure?")).not.toBe(questionKey("what is a closure?"));
  });
});
