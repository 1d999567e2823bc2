META
key;value
description;"Generated election 42 ""test""; reference"
num_projects;23
num_votes;29
budget;6844
vote_type;cumulative
rule;equalshares
PROJECTSproject_id;cost;name;votes;selected
P03-0;900;Baum;0;1
P94-1;76.97;Bänke am Teich;2;1
P35-2;2909.54;"Licht; Weg";1;1
P31-3;200;"Licht; Weg";5;1
P28-4;500;Bänke am Teich;9;0
P17-5;500;"Licht; Weg";0;1
P94-6;500;Baum;1;1
P13-7;2600;Baum;6;0
P86-8;500;Baum;0;0
P94-9;3000;"Licht; Weg";3;1
P69-10;200;"Licht; Weg";2;0
P11-11;200;Baum;1;0
P75-12;2800;" Garten ";0;1
P54-13;200;Baum;2;0
P04-14;237.84;"Spielplatz ""Nord""";4;1
P03-15;500;" Garten ";3;1
P11-16;0;Baum;3;0
P27-17;463.48;"Spielplatz ""Nord""";1;1
P29-18;200;" Garten ";8;0
P64-19;716.47;"Licht; Weg";4;1
P77-20;200;Baum;0;0
P03-21;200;Bänke am Teich;0;0
P71-22;1950;"Spielplatz ""Nord""";5;1

VOTES
voter_id;vote;points;age
1;P11-11;5;none
2;P28-4;2;none
3;P11-16;1;30
4;none;none;35
5;none;none;53
6;P94-1,P13-7,P28-4,P04-14;4,2,4,5;69
7;P64-19,P28-4;2,5;34
8;P11-16;1;none
9;P64-19;3;51
10;none;none;80
11;none;none;16
12;none;none;54
13;none;none;35
14;P31-3,P28-4,P29-18,P71-22;3,3,5,5;84
15;P64-19,P28-4;3,2;64
16;P29-18;2;46
17;P11-16;3;none
18;P13-7,P04-14,P29-18;4,2,4;76
19;P64-19,P13-7,P03-15;5,5,3;none
20;P31-3,P28-4,P29-18,P71-22;1,5,4,1;28
21;P13-7,P29-18,P35-2;2,1,4;34
22;P71-22,P13-7,P29-18;5,4,1;49
23;P69-10,P13-7,P28-4,P03-15,P27-17;3,4,5,1,5;58
24;P29-18,P94-9,P28-4;3,2,1;none
25;P94-1,P94-9,P31-3;1,4,2;none
26;P28-4,P29-18,P54-13,P69-10,P71-22;1,3,1,3,3;none
27;P54-13,P31-3,P94-6,P04-14;2,2,5,4;63
28;P71-22;2;none
29;P94-9,P31-3,P03-15,P04-14;5,4,5,2;none
