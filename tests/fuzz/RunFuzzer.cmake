# Runs one libFuzzer target for a bounded time (CTest label "fuzz"); fails on any crash,
# sanitizer report, timeout or out-of-memory. Called as
#   cmake -DFUZZER=<exe> -DNAME=<csv|xlsx|database> -DWORK=<dir> -DSECONDS=<n>
#         -DSEEDS=<dir;file;…> -DCRASHES=<dir> -P RunFuzzer.cmake
# The corpus grows in WORK between runs; seeds and every crash fixture are fed in each time, so
# a crash once fixed is the first thing tried again.
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
set(inputs "")
foreach(seed IN LISTS SEEDS)
    if(IS_DIRECTORY ${seed})
        file(GLOB files ${seed}/*)
        list(APPEND inputs ${files})
    elseif(EXISTS ${seed})
        list(APPEND inputs ${seed})
    endif()
endforeach()
file(GLOB crashes ${CRASHES}/*)
list(APPEND inputs ${crashes})
foreach(input IN LISTS inputs)
    if(NOT IS_DIRECTORY ${input} AND NOT input MATCHES "README")
        file(COPY ${input} DESTINATION ${WORK}/corpus)
    endif()
endforeach()
file(GLOB old_artifacts ${WORK}/artifacts/*)
if(old_artifacts)
    file(REMOVE ${old_artifacts})
endif()

# -timeout: one input taking 10 s is a hang (a finding); -rss_limit_mb: a hostile file must
# not make the reader eat the machine. -jobs is not used: CI runs the targets side by side.
set(dictionary "")
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${NAME}.dict)
    set(dictionary -dict=${CMAKE_CURRENT_LIST_DIR}/${NAME}.dict)
endif()
execute_process(
    COMMAND ${FUZZER} ${dictionary} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=1024
            -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ ${WORK}/corpus
    RESULT_VARIABLE result)
file(GLOB artifacts ${WORK}/artifacts/*)
if(NOT result EQUAL 0 OR artifacts)
    message(FATAL_ERROR
        "fuzz_${NAME} found a problem (exit ${result}). Reproduce with\n"
        "  ${FUZZER} <input>\n"
        "then copy the input into ${CRASHES}/ so that tst_fuzzcrashes replays it, and fix "
        "the reader. Inputs: ${artifacts}")
endif()
